-- Search at scale (issue 4): a name search reads every posting of its rarest word with the folded name, to rank
-- them. Through the primary key each posting was a separate read of a row stored wherever its insert landed, so a
-- common surname meant thousands of scattered page reads; this index holds the folded name beside the word, so
-- the same postings are one run of index pages. (At a million synthetic customers: name p50 217 ms to 34 ms.)
CREATE INDEX name_token_word_folded ON name_token (word, customer_id, folded_name);
