-- 050_alerts: which shift alerts have been sent, so the same shift is never alerted twice.
-- One row per alert and channel: when the webhook worked but the mail server was down, the next
-- run retries the mail only. The key is opgave|target_group|topic|day|kind-direction.
CREATE TABLE alerts_sent (
    alert_key     VARCHAR NOT NULL,      -- e.g. stikstof|boeren|mest|2026-11-28|sentiment-down
    channel       VARCHAR NOT NULL,      -- channel name from the opgave's alerts.channels
    opgave        VARCHAR NOT NULL,
    day           DATE NOT NULL,         -- the day the signal is about (Dutch time)
    kind          VARCHAR NOT NULL,      -- sentiment (appreciation shift) | volume (spike)
    direction     VARCHAR NOT NULL,      -- down | up
    target_group  VARCHAR NOT NULL,      -- or 'alle'
    topic         VARCHAR NOT NULL,      -- or 'alle'
    n             BIGINT,                -- documents behind the figure that day
    value         DOUBLE,                -- mean sentiment (sentiment) or document count (volume)
    baseline      DOUBLE,                -- the same over the 14 days before
    z             DOUBLE,                -- the z-score of warehouse.signals
    message       VARCHAR NOT NULL,      -- the Dutch text that was sent
    sent_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (alert_key, channel)
);
