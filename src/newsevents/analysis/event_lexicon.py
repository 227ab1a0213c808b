"""Event trigger words (`data/event_triggers.tsv`) and the closed word classes event rules use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..codebook import EventCode, lookup


@dataclass(frozen=True)
class TriggerRule:
    lemma: str
    pos: str
    particles: frozenset[str]
    objects: frozenset[str]
    recipient_preps: frozenset[str]
    takes_recipient: bool
    code: EventCode
    light: bool

    @property
    def specificity(self) -> int:
        return (2 if self.objects else 0) + (1 if self.particles else 0)


@lru_cache(maxsize=1)
def trigger_rules() -> dict[tuple[str, str], tuple[TriggerRule, ...]]:
    """Rules by (lemma, pos), the most specific first."""
    text = resources.files("newsevents").joinpath("data/event_triggers.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    index: dict[tuple[str, str], list[TriggerRule]] = {}
    for row in rows[1:]:
        lemma, pos, particle, object_, recipient, cameo, light = (row + [""] * 7)[:7]
        rule = TriggerRule(
            lemma=lemma.strip().lower(), pos=pos.strip().upper(),
            particles=_alternatives(particle), objects=_alternatives(object_),
            recipient_preps=frozenset() if recipient.strip() == "-" else _alternatives(recipient),
            takes_recipient=recipient.strip() != "-", code=lookup(cameo.strip()),
            light=light.strip().lower() == "yes",
        )
        index.setdefault((rule.lemma, rule.pos), []).append(rule)
    return {key: tuple(sorted(rules, key=lambda r: -r.specificity)) for key, rules in index.items()}


# The object cell "@none": the row holds only where the verb takes no object and no clause ("protesters
# demonstrated outside the embassy", not "the test demonstrated its reach").
NO_OBJECT = frozenset({"@none"})


def _alternatives(cell: str) -> frozenset[str]:
    return frozenset(part.strip().lower() for part in cell.split("|") if part.strip() and part.strip() != "-")


# Verbs that carry an event noun as their object: "held talks", "imposed sanctions", "launched strikes".
LIGHT_VERBS = frozenset({
    "hold", "conduct", "launch", "carry", "stage", "impose", "sign", "reach", "issue", "make", "give",
    "provide", "announce", "begin", "start", "continue", "resume", "wage", "mount", "deliver", "pay",
    "have", "undertake", "perform", "organise", "organize", "order", "approve", "authorise", "authorize",
    "intensify", "escalate", "expand", "extend", "step", "unleash", "lead", "host", "join", "attend",
    "take", "do", "offer", "send", "slap", "level", "file", "lodge", "press", "bring", "declare", "pass",
    "adopt", "complete", "finalise", "finalize", "conclude", "strike", "broker", "agree", "seal", "ink",
    "open", "head", "express", "voice", "put", "initiate", "institute", "call", "renew", "reimpose", "restart",
    "speed", "accelerate", "hasten", "expedite",
})

# Verbs whose clause reports what someone said; their subject is the event's `reported_by`.
REPORTING_VERBS = frozenset({
    "say", "tell", "state", "add", "report", "announce", "claim", "confirm", "note", "write", "declare",
    "explain", "insist", "assert", "argue", "stress", "reiterate", "maintain", "disclose", "reveal",
    "acknowledge", "admit", "allege", "tweet", "post", "indicate", "suggest", "inform", "brief",
    "recount", "recall", "remark", "observe", "comment", "contend", "describe", "warn", "mention",
})

# Governing words and the status they give to the event they govern.
PLANNED_WORDS = frozenset({
    "plan", "intend", "prepare", "schedule", "aim", "seek", "expect", "set", "due", "slate", "arrange",
    "pledge", "promise", "vow", "swear", "commit", "decide", "resolve", "agree", "announce", "want", "hope",
    "try", "attempt", "offer", "propose", "program", "programme", "gear", "poise", "going", "ready",
})
CONSIDERED_WORDS = frozenset({
    "consider", "mull", "weigh", "explore", "contemplate", "study", "debate", "discuss", "examine",
    "eye", "ponder", "evaluate", "review", "assess", "entertain", "deliberate", "talk",
})
HYPOTHETICAL_WORDS = frozenset({
    "simulate", "rehearse", "practise", "practice", "train", "drill", "imagine", "threaten", "warn",
    "risk", "fear", "deter", "prevent", "avoid", "urge", "demand", "call", "ask", "appeal", "press",
    "request", "require", "push", "order", "want", "need",
})
NEGATING_WORDS = frozenset({"deny", "refute", "dismiss", "refrain", "fail", "decline", "reject", "refuse",
                            "stop", "halt", "cease", "abandon", "rule", "forgo", "forego"})
CLAIMED_WORDS = frozenset({"claim", "allege", "accuse", "charge", "blame", "suspect", "rumour", "rumor"})

HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
CLAIM_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "apparently", "supposedly",
                           "ostensibly", "seemingly", "presumably"})
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
PLANNED_MODIFIERS = frozenset({"planned", "proposed", "upcoming", "forthcoming", "scheduled", "future",
                               "expected", "anticipated", "prospective", "intended", "impending"})
HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "hypothetical", "simulated", "mock",
                                    "any", "imaginary", "feared", "threatened", "would-be"})
CLAIMED_MODIFIERS = frozenset({"alleged", "reported", "purported", "claimed", "suspected", "so-called",
                               "apparent", "supposed", "rumoured", "rumored", "unconfirmed"})
NEGATING_WORDS_ON_NOUNS = frozenset({"no", "never", "without"})

# An event verb whose complement names the content of its own event ("agreed to hold talks"):
# the complement refines the governing code instead of becoming an event of its own.
REFINE_BY_COMPLEMENT = {
    "030": {"04": "036", "06": "031", "07": "033", "08": "035", "05": "032"},
    "020": {"04": "026", "06": "021", "07": "023", "08": "025"},
    "100": {"04": "106", "06": "101", "07": "103", "08": "105"},
    "120": {"04": "125", "06": "121", "07": "122", "08": "124"},
    "130": {"19": "138", "18": "138", "20": "138", "16": "131", "17": "131"},
}

# Generic heads that stand for the organisation after "of": "the leader of Hamas", "troops of Russia".
GENERIC_HEADS = frozenset({"leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "member",
                           "members", "force", "forces", "troop", "troops", "government", "army", "official",
                           "officials", "minister", "president", "representative", "delegation", "envoy"})
