"""Words that introduce what someone said, wrote or holds: the cues of quotes and attributions."""

from __future__ import annotations

# Verbs of saying and writing whose clause or quotation is what the subject said.
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "state", "note", "explain", "write", "report", "announce", "claim", "deny",
    "warn", "argue", "insist", "stress", "emphasise", "emphasize", "acknowledge", "admit", "confirm",
    "declare", "reply", "respond", "answer", "ask", "urge", "tweet", "post", "predict", "suggest",
    "recall", "complain", "concede", "contend", "maintain", "allege", "assert", "testify", "charge",
    "quip", "joke", "promise", "pledge", "vow", "threaten", "estimate", "caution", "observe", "remark",
    "comment", "reiterate", "repeat", "conclude", "continue", "mention", "disclose", "reveal", "boast",
    "brag", "lament", "proclaim", "counter", "retort", "whisper", "shout", "scream", "confess", "sigh",
    "scoff", "murmur", "mutter", "plead", "gush", "fume", "rant", "snap",
    "yell", "cry", "tout", "assure", "inform", "advise", "recount", "describe", "point", "agree",
    "disagree", "accuse", "blame", "demand", "propose", "speculate", "insinuate", "imply", "hint",
    "signal", "indicate", "chant", "sing", "exclaim", "concur", "grumble", "muse", "wonder", "rule",
    "find", "show", "forecast", "project", "guarantee", "swear", "certify",
    # presenting what one says: "outlined a plan", "underscored the risk", "invoked the treaty"
    "outline", "detail", "document", "reference", "recite", "underscore", "clarify", "articulate", "echo",
    "invoke", "specify", "summarise", "summarize", "spell", "lay",
})

# Verbs of thinking and feeling: attributions of a belief rather than of words.
THOUGHT_VERBS = frozenset({
    "believe", "think", "feel", "hope", "fear", "worry", "expect", "know", "doubt", "suspect",
    "understand", "learn", "assume", "reckon", "consider", "figure", "presume", "realise", "realize",
    "recognise", "recognize", "want", "remember", "anticipate",
})

# Verbs of stance and intent whose object or complement is the attributed content: "questioned
# the integrity of the vote", "criticised the decision", "wants to run", "vowed to respond".
STANCE_VERBS = frozenset({
    "cite", "rate", "question", "criticise", "criticize", "reject", "attack", "condemn", "blast",
    "slam", "praise", "welcome", "defend", "denounce", "mock", "decry", "deride", "dismiss",
    "dispute", "challenge", "label", "dub", "characterise", "characterize", "portray", "paint",
    "call", "plan", "intend", "decide", "refuse", "seek", "encourage", "urge", "ask", "demand",
    "recommend", "identify", "oppose", "endorse", "support", "back", "accept", "applaud", "hail",
    "highlight", "address", "discuss", "tout", "want", "pledge", "vow", "promise", "offer",
    "agree", "expect", "hope", "threaten", "propose", "push", "press", "insist", "speak", "talk",
    "complain", "warn", "write", "comment", "argue", "worry", "testify", "campaign", "lobby",
    "see", "view", "regard", "refer", "allude", "object",
    # appraisal: the object is what the subject values or condemns ("lauded the deal", "bemoaned
    # the cuts", "despises the press")
    "admire", "adore", "love", "hate", "despise", "loathe", "detest", "resent", "laud", "extol", "champion",
    "embrace", "lament", "bemoan", "deplore", "lambaste", "berate", "castigate", "excoriate", "rebuke",
    "chastise", "ridicule", "belittle", "disparage", "denigrate", "demean", "insult", "compliment", "salute",
    "downplay", "grill", "confront", "liken", "compare",
    # putting out what one holds: "sounded the alarm about", "cheered the ruling", "published a
    # report", "submitted a proposal", "floated the idea"
    "sound", "cheer", "publish", "submit", "float",
    # attacking and disowning: "assailed the deal", "knocked the plan", "disavowed the remarks"
    "assail", "knock", "taunt", "repudiate", "disavow", "renounce",
    # taking a side in public, with what it is for or against after a preposition ("rallied over
    # school funding", "pleaded for his life", "voted against the bill", "railed against the deal")
    "plead", "rally", "vie", "vote", "advocate", "weigh", "balk", "marvel", "rail", "protest", "march",
    "petition", "spar", "clash", "bristle", "fume", "seethe", "apologise", "apologize",
    # will and effort, whose infinitive is what is wanted or pressed for ("declined to comment",
    # "would like to organize", "implored him to bring it back")
    "decline", "like", "prefer", "wish", "aim", "implore", "beg", "persuade", "convince",
})

# The prepositions after a verb of saying or stance whose object is the content: "complained
# about the microphone", "called for an inquiry", "warned of retaliation".
CONTENT_PREPOSITIONS = frozenset({"about", "for", "of", "on", "against", "over", "as", "with"})

# Verbs that put a feeling or a view into words, whose object is what is said ("expressed regret for
# joining", "voiced anger at the ruling"); an object that is a noun of saying or feeling (CUE_NOUNS,
# CONTENT_NOUNS: "expressed concern that ...", "voiced his support for the plan") is left to the
# noun, whether or not it has content of its own.
EXPRESSING_VERBS = frozenset({"express", "voice"})

# Verbs of saying whose direct object is the message: "announced a ceasefire", "denied the report",
# "said as much", "noted the rule". Left out: verbs whose object is mostly something else ("continued
# his campaign", "maintains a program", "answered questions", "projecting big profits") and verbs of
# the medium, whose object is the vessel of the message ("posted a series of tweets urging ...").
OBJECT_SPEECH_VERBS = (SPEECH_VERBS | EXPRESSING_VERBS | {"cite", "release"}) - {"continue", "maintain", "answer", "observe", "project", "post", "tweet", "write"}
# Verbs of knowing and believing whose object is what is held true or felt: "few people understood the
# stakes", "he believed the polls", "I know all about hate".
OBJECT_THOUGHT_VERBS = frozenset({"fear", "understand", "feel", "consider", "recognise", "recognize", "know", "believe",
                                  "doubt", "suspect", "realise", "realize"})
# Verbs whose direct object is whom they speak to, not what they say: "told reporters".
RECIPIENT_OBJECT_VERBS = frozenset({"tell", "ask", "urge", "encourage", "inform", "assure", "advise",
                                    "warn", "press", "push", "lobby", "address", "speak", "talk", "remind"})
# Verbs whose object and its "of" or "for" are the content: "accused the government of lying",
# "praised the mayor for her response".
ACCUSING_VERBS = frozenset({"accuse", "blame", "fault", "credit", "praise", "thank", "commend", "congratulate",
                            "criticise", "criticize", "condemn", "attack", "slam", "blast", "chide", "scold"})
# Verbs that only attribute when they name something as something: "called the vote rigged".
NAMING_VERBS = frozenset({"call", "label", "dub", "see", "view", "regard"})
# Verbs whose object and what it is likened to are the content: "likened the rules to a fire".
LIKENING_VERBS = frozenset({"liken", "compare", "equate"})

# Verbs of feeling whose object feels and whose subject is what the feeling is about: "That
# worries environmentalists", "the remarks angered ministers".
EXPERIENCER_VERBS = frozenset({
    "worry", "concern", "trouble", "alarm", "anger", "infuriate", "enrage", "outrage", "upset", "frustrate",
    "annoy", "irritate", "offend", "disturb", "bother", "dismay", "unsettle", "unnerve", "frighten", "scare",
    "please", "delight", "impress", "reassure", "disappoint", "shock", "appal", "appall", "disgust", "embarrass",
})

CUE_VERBS = SPEECH_VERBS | THOUGHT_VERBS | STANCE_VERBS | ACCUSING_VERBS | EXPRESSING_VERBS

# "X told reporters", "X said in a statement": phrases between the cue and its content.
PHRASAL_PARTICLES = {"point": "out"}

# Nouns whose "that"-clause is attributed to the noun's owner: "Iran's claim that ..."
CUE_NOUNS = frozenset({"claim", "statement", "assertion", "allegation", "warning", "denial", "promise",
                       "pledge", "announcement", "insistence", "argument", "belief", "view", "report",
                       "acknowledgment", "acknowledgement", "admission", "conclusion", "suggestion", "contention",
                       "assurance", "prediction", "finding", "charge", "accusation", "recognition", "fear", "hope",
                       "doubt", "concern", "complaint"})

# Nouns of saying and stance whose prepositional object is the content: "questions about the
# foundation", "attacks on the pageant winner", "support for the public option".
CONTENT_NOUNS = frozenset({
    "comment", "question", "attack", "criticism", "critique", "support", "opposition", "concern",
    "complaint", "warning", "call", "demand", "praise", "remark", "statement", "claim", "allegation",
    "accusation", "charge", "denial", "condemnation", "endorsement", "promise", "pledge", "threat",
    "appeal", "plea", "request", "proposal", "insistence", "objection", "protest", "apology",
    "adulation", "admiration", "illusion", "doubt", "fear", "hope", "belief", "view", "position",
    "stance", "message", "tweet", "speech", "testimony", "argument", "assessment", "implication",
    "misgiving", "reservation", "outrage", "anger", "frustration", "obsession", "theory", "skepticism",
    "scepticism", "disdain", "contempt", "enthusiasm", "distrust", "mistrust",
    # who holds a stance: "a staunch opponent of the death penalty"
    "supporter", "opponent", "critic", "defender", "advocate", "proponent", "champion", "backer", "foe",
})

# Nouns of intent whose infinitive is the content: "plans to give $15 million", "a decision to
# grant the request", "her push to help people".
INTENT_NOUNS = frozenset({"plan", "decision", "push", "bid", "effort", "attempt", "pledge", "promise", "vow",
                          "threat", "call", "demand", "request", "proposal", "offer", "refusal", "intention",
                          "commitment", "move", "campaign", "drive", "order", "agreement", "vote", "failure",
                          "motion", "eagerness", "determination", "willingness", "reluctance", "readiness", "resolve",
                          "desire", "wish", "quest"})

# Adjectives of stance whose prepositional object is the content: "critical of Trump",
# "concerned about this shift".
CONTENT_ADJECTIVES = frozenset({
    "critical", "supportive", "concerned", "worried", "skeptical", "sceptical", "coy", "passionate",
    "optimistic", "pessimistic", "confident", "sure", "certain", "hopeful", "wary", "fearful",
    "angry", "furious", "upset", "proud", "dismissive", "enthusiastic", "vocal", "silent", "clear",
    "adamant", "insistent", "unhappy", "happy", "pleased", "disappointed", "frustrated", "incensed",
    "bearish", "bullish", "vague", "aware", "convinced", "unsure", "doubtful", "opposed", "hostile", "sympathetic",
    "grateful", "thankful", "sorry", "ashamed", "embarrassed", "excited", "nervous", "anxious", "outraged",
})


# Heads of a speaker phrase that name a role rather than a person: "the spokesman added".
ROLE_HEADS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "official", "chief",
    "general", "commander", "ambassador", "envoy", "secretary", "senator", "lawmaker", "leader",
    "prime", "premier", "diplomat", "officer", "source", "aide", "adviser", "advisor", "director",
    "chairman", "chairwoman", "chair", "governor", "mayor", "king", "emir", "prince", "pope",
    "analyst", "expert", "professor", "researcher", "statement", "ministry", "army", "military",
})
