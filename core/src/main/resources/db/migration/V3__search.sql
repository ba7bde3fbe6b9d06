-- Search (issue 4): keys that let an agent find a customer while the caller is still talking. They are derived
-- from MAC-covered columns and hold nothing those columns do not; what a person sees is always read back through
-- the verified row, so a tampered key can only change which rows are candidates, never what is shown.

-- Postcode without its space, upper case, so "sw1a1aa", "SW1A 1AA" and the prefix "SW1A1" all use one index.
ALTER TABLE customer ADD COLUMN postcode_key VARCHAR(8);
UPDATE customer SET postcode_key = REPLACE(postcode, ' ', '') WHERE postcode IS NOT NULL;
CREATE INDEX customer_postcode_key ON customer (postcode_key);

-- Phone as E.164, email lower-cased: what a typed query is normalised to.
ALTER TABLE contact_point ADD COLUMN search_key VARCHAR(320);
UPDATE contact_point SET search_key = LOWER(val);
ALTER TABLE contact_point ALTER COLUMN search_key SET NOT NULL;
CREATE INDEX contact_point_search ON contact_point (kind, search_key);

-- The vocabulary of folded name words ("zoe", "obrien"), with their Double Metaphone codes and how many customers
-- hold each word (the search starts from the query word with the fewest).
CREATE TABLE name_word (
    word          VARCHAR(64) NOT NULL PRIMARY KEY,
    phonetic      VARCHAR(8)  NOT NULL,
    phonetic_alt  VARCHAR(8)  NOT NULL,
    postings      INT         NOT NULL
);
CREATE INDEX name_word_phonetic ON name_word (phonetic);
CREATE INDEX name_word_phonetic_alt ON name_word (phonetic_alt);

-- Every word with one letter deleted: two words within one typo share a deletion (symmetric delete, as SymSpell).
CREATE TABLE name_word_variant (
    variant       VARCHAR(64) NOT NULL,
    word          VARCHAR(64) NOT NULL,
    PRIMARY KEY (variant, word)
);

-- Which customers hold which word, with the whole folded name for ranking without another read.
CREATE TABLE name_token (
    word          VARCHAR(64)  NOT NULL,
    customer_id   BIGINT       NOT NULL REFERENCES customer (id),
    folded_name   VARCHAR(200) NOT NULL,
    PRIMARY KEY (word, customer_id)
);
CREATE INDEX name_token_customer ON name_token (customer_id);
