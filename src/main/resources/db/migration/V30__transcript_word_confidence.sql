-- Each recognised word of a spoken candidate turn with the recogniser's confidence in it, as a JSON array of
-- {"word": ..., "confidence": 0..1}, in the order of the turn's text. The room and the report mark the unsure
-- words; null for typed and interviewer turns, and cleared when the candidate corrects the turn.
alter table transcript_turns add column words_json text;
