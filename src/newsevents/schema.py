"""DuckDB schema, as numbered migrations. A database records the migrations applied to it."""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles, analysis records, stories, errors and runs",
        """
CREATE SEQUENCE error_ids START 1;
CREATE TABLE runs (
    id VARCHAR PRIMARY KEY,
    command VARCHAR NOT NULL,
    inputs VARCHAR[],
    version VARCHAR,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    records_read INTEGER DEFAULT 0,
    articles_stored INTEGER DEFAULT 0,
    duplicates INTEGER DEFAULT 0,
    unchanged INTEGER DEFAULT 0,
    errors INTEGER DEFAULT 0,
    warnings INTEGER DEFAULT 0,
    status VARCHAR
);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    published DATE,
    language VARCHAR,
    text VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    minhash BIGINT[],
    source VARCHAR,
    record VARCHAR,
    input_format VARCHAR,
    duplicate_of VARCHAR,
    duplicate_kind VARCHAR,
    similarity DOUBLE,
    analysed BOOLEAN NOT NULL,
    run_id VARCHAR,
    ingested_at TIMESTAMP NOT NULL
);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE TABLE entities (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    type VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    code VARCHAR,
    wikidata VARCHAR,
    titles VARCHAR[],
    PRIMARY KEY (article_id, id)
);
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL
);
CREATE TABLE events (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR[],
    cameo VARCHAR,
    quad_class TINYINT,
    goldstein DOUBLE,
    status VARCHAR NOT NULL,
    date_start VARCHAR,
    date_end VARCHAR,
    date_precision VARCHAR,
    date_text VARCHAR,
    place_id VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text VARCHAR,
    story_id VARCHAR,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE event_actors (
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    entity_id VARCHAR,
    text VARCHAR,
    start INTEGER,
    "end" INTEGER
);
CREATE TABLE times (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR,
    type VARCHAR,
    value VARCHAR,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE places (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR,
    name VARCHAR,
    geonames_id BIGINT,
    lat DOUBLE,
    lon DOUBLE,
    country VARCHAR,
    feature VARCHAR,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE quotes (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    content_start INTEGER,
    content_end INTEGER,
    content_text VARCHAR,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text VARCHAR,
    speaker_entity VARCHAR,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_text VARCHAR,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE framing (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR,
    kind VARCHAR NOT NULL,
    voice VARCHAR,
    about VARCHAR,
    neutral VARCHAR,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE tone (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    label VARCHAR NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE TABLE stories (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    first_seen DATE,
    last_seen DATE,
    created_at TIMESTAMP,
    updated_at TIMESTAMP
);
CREATE TABLE errors (
    id BIGINT PRIMARY KEY DEFAULT nextval('error_ids'),
    run_id VARCHAR,
    source VARCHAR,
    record VARCHAR,
    stage VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    severity VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);
""",
    ),
    (
        2,
        "story links: articles and events in stories, with what linking compared",
        """
CREATE TABLE story_articles (
    article_id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL,
    score DOUBLE,
    day DATE,
    seen DATE NOT NULL,
    terms VARCHAR[],
    term_weights DOUBLE[],
    names VARCHAR[],
    name_weights DOUBLE[],
    lead_names VARCHAR[],
    run_id VARCHAR,
    linked_at TIMESTAMP NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id);
CREATE TABLE story_events (
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    link_id VARCHAR NOT NULL,
    score DOUBLE,
    type VARCHAR,
    day DATE,
    participants VARCHAR[],
    place VARCHAR,
    country VARCHAR,
    linked_at TIMESTAMP NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX story_events_link ON story_events (link_id);
""",
    ),
    (
        3,
        "shards of distributed ingest merged into the store; each event's day, and its participants' name, code "
        "and country beside their references, for fast filters",
        """
CREATE TABLE ingest_shards (
    id VARCHAR PRIMARY KEY,
    run_id VARCHAR,
    pieces VARCHAR[],
    records INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    merged_at TIMESTAMP NOT NULL
);
CREATE INDEX errors_problem ON errors (source, record, stage, code);
ALTER TABLE events ADD COLUMN day DATE;
UPDATE events SET day = coalesce(try_cast(left(events.date_start, 10) AS DATE), a.published)
FROM articles a WHERE a.id = events.article_id;
ALTER TABLE event_actors ADD COLUMN name VARCHAR;
ALTER TABLE event_actors ADD COLUMN code VARCHAR;
ALTER TABLE event_actors ADD COLUMN country VARCHAR;
UPDATE event_actors SET name = en.name, code = en.code, country = en.country
FROM entities en WHERE en.article_id = event_actors.article_id AND en.id = event_actors.entity_id;
""",
    ),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]

# Tables holding one article's analysis, all keyed by article_id: replaced together.
ARTICLE_TABLES = ("entities", "mentions", "events", "event_actors", "times", "places", "quotes", "framing", "tone")
