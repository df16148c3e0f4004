-- v_daily_appreciation: appreciation per day, opgave, target group and topic (materialised by the
-- pipeline after each run; it counts canonical documents only, duplicate_of IS NULL, that the
-- current model could score, scored = true).
--   day             calendar day of publication in Dutch time (Europe/Amsterdam)
--   opgave          name of the policy issue
--   target_group    target group, or 'alle' = all documents of the day (also those without a group)
--   topic           topic, or 'alle' = all documents regardless of topic
--   n               number of documents behind the figures (small n: be careful)
--   mean_sentiment  average appreciation from -1 (very negative) to 1 (very positive)
--   share_positive  fraction (0..1) of the documents that are positive
--   share_negative  fraction (0..1) of the documents that are negative
-- On rows for one topic, the sentiment of a document is its sentiment about that topic (the
-- sentences that name the topic) when the model found one, else the sentiment of the whole
-- document; positive/negative then means above +0.05 / below -0.05. On 'alle' topic rows it is
-- the document's own sentiment and label. A document in two groups counts in both groups.
CREATE OR REPLACE VIEW v_daily_appreciation AS
SELECT day, opgave, target_group, topic, n, mean_sentiment, share_positive, share_negative
FROM daily_appreciation;
