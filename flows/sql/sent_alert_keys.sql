-- Keys of the alerts already sent through one channel for one opgave (flows.alerts).
-- Parameters: $opgave, $channel.
SELECT alert_key
FROM alerts_sent
WHERE opgave = $opgave AND channel = $channel;
