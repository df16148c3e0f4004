-- Record alerts sent through a channel; the Arrow table `incoming_alerts` is registered by
-- flows.alerts. A key already recorded for that channel is left alone.
INSERT INTO alerts_sent
SELECT i.alert_key, i.channel, i.opgave, i.day, i.kind, i.direction, i.target_group, i.topic,
       i.n, i.value, i.baseline, i.z, i.message, i.sent_at
FROM incoming_alerts AS i
ANTI JOIN alerts_sent AS s ON s.alert_key = i.alert_key AND s.channel = i.channel;
