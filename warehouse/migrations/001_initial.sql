-- 001_initial: the antennes warehouse schema.
-- One warehouse file may hold several opgaven; every table carries the opgave (or reaches it
-- through documents.doc_id). Scores are kept per model version, so a new NLP model never
-- overwrites the figures of an older one; meta holds the current version per opgave.

CREATE TABLE documents (
    doc_id        VARCHAR PRIMARY KEY,   -- identity of the document; see 003_content_hash
    opgave        VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,      -- source name from the opgave config
    kind          VARCHAR,               -- rss | reddit | tweedekamer | json
    external_id   VARCHAR NOT NULL,      -- stable id within the source
    url           VARCHAR,
    author        VARCHAR,               -- pseudonymised for private persons
    published_at  TIMESTAMPTZ NOT NULL,
    title         VARCHAR,
    text          VARCHAR,               -- blanked by `antennes purge` after the retention period
    language      VARCHAR,               -- as declared by the source
    voice_of      VARCHAR,               -- target group the source speaks for (config)
    parent_id     VARCHAR,               -- e.g. the post a Reddit comment belongs to
    raw           JSON,                  -- original payload (lineage); NULL after purge
    harvested_at  TIMESTAMPTZ NOT NULL,
    duplicate_of  VARCHAR,               -- doc_id of the original when this is a near-duplicate
    purged_at     TIMESTAMPTZ,           -- when text/raw were blanked (retention)
    UNIQUE (opgave, source, external_id)
);

CREATE TABLE scores (
    doc_id        VARCHAR NOT NULL,
    model_version VARCHAR NOT NULL,
    language      VARCHAR,
    scored        BOOLEAN NOT NULL,      -- false: not Dutch or empty; sentiment 0.0, label neutral
    sentiment     DOUBLE,                -- -1 .. 1
    label         VARCHAR,               -- positive | negative | neutral
    explanation   JSON,                  -- [{"term", "weight"}]: the words that drove the score
    note          VARCHAR,               -- why a document was not (fully) scored
    scored_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (doc_id, model_version)
);

CREATE TABLE doc_topics (
    doc_id        VARCHAR NOT NULL,
    model_version VARCHAR NOT NULL,
    topic         VARCHAR NOT NULL,
    sentiment     DOUBLE                 -- aspect sentiment of the sentences naming the topic
);

CREATE TABLE doc_groups (
    doc_id        VARCHAR NOT NULL,
    model_version VARCHAR NOT NULL,
    target_group  VARCHAR NOT NULL,
    rule          VARCHAR,               -- source | self | subject | mention
    evidence      VARCHAR
);

CREATE TABLE doc_stakeholders (
    doc_id        VARCHAR NOT NULL,
    model_version VARCHAR NOT NULL,
    stakeholder   VARCHAR NOT NULL,
    mention       VARCHAR
);

CREATE TABLE harvest_runs (
    run_id        VARCHAR NOT NULL,
    opgave        VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,
    kind          VARCHAR,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    status        VARCHAR NOT NULL,      -- ok | not_modified | failed | skipped
    items_new     BIGINT,
    items_seen    BIGINT,
    items_skipped BIGINT,
    bytes         BIGINT,
    error         VARCHAR
);

CREATE TABLE source_state (
    opgave        VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,
    key           VARCHAR NOT NULL,
    value         VARCHAR,
    PRIMARY KEY (opgave, source, key)
);

CREATE TABLE daily_appreciation (
    day            DATE NOT NULL,
    opgave         VARCHAR NOT NULL,
    target_group   VARCHAR NOT NULL,     -- 'alle' = every document
    topic          VARCHAR NOT NULL,     -- 'alle' = every topic
    n              BIGINT NOT NULL,
    mean_sentiment DOUBLE,
    share_positive DOUBLE,
    share_negative DOUBLE,
    model_version  VARCHAR,
    PRIMARY KEY (opgave, day, target_group, topic)
);

CREATE TABLE series (
    opgave  VARCHAR NOT NULL,
    source  VARCHAR NOT NULL,
    series  VARCHAR NOT NULL,
    period  VARCHAR NOT NULL,
    value   DOUBLE,
    unit    VARCHAR,
    PRIMARY KEY (opgave, source, series, period)
);

CREATE TABLE meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);
