-- Search at scale (issue 4): a full name whose words are each common but rare together ("Mary Anne Smith") had to
-- read its driving word's whole posting list, up to 15,000 index rows, to be sure nothing closer was unread. This
-- table holds every pair of two different words of a customer's folded name (the lesser first), so the customers
-- holding a match for two searched words are found by one exact index range per pair of candidate words (ADR 0007).
-- It holds nothing name_token does not.
CREATE TABLE name_pair (
    word_a        VARCHAR(64) NOT NULL,
    word_b        VARCHAR(64) NOT NULL,
    customer_id   BIGINT      NOT NULL REFERENCES customer (id),
    PRIMARY KEY (word_a, word_b, customer_id)
);
CREATE INDEX name_pair_customer ON name_pair (customer_id);

INSERT INTO name_pair (word_a, word_b, customer_id)
SELECT a.word, b.word, a.customer_id FROM name_token a JOIN name_token b
    ON b.customer_id = a.customer_id AND b.word > a.word;
