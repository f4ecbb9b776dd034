// The award programme's panel and invariant rules as the API documents them (OpenAPI descriptions
// of the award routes); the rules themselves are shared/domain/award-panels.ts and award-invariants.ts.

export const PANEL_RULES =
  'Panels (programme data, `panels`): each has members (committee user ids; a member sits on one panel), the hospitals it scores ' +
  '(`all`, those of some offices\' areas, or a list) and a weight. A member scores only the hospitals their panel covers: 403 NOT_ON_A_PANEL, ' +
  '403 PANEL_DOES_NOT_SCORE_HOSPITAL. A hospital\'s score is Σ weight × panel mean ÷ Σ weight over the panels that cover it and have scored it ' +
  '(weights are renormalised: 50/30/20 becomes 5/7 and 2/7 for a hospital no office panel covers). A programme without panels has one panel ' +
  'of every committee member, weight 100 (the plain mean, as before). Ranking and tie-break are unchanged, on this score.';

export const PROGRESS_RULES =
  'Awards officers also get `progress`: per panel whether it has finished and the entries it has not, per entry the covering panels ' +
  'still to score it (`unfinishedPanels`) with the members pending (a member linked to the hospital is not expected). ' +
  'Publishing waits for every panel: while a panel has not scored an eligible entry it covers, publish answers 409 PANELS_UNFINISHED, ' +
  'one error per unfinished panel (path panels.<id>) and the entries each still has to score in `detail`; a draft may be computed at any time.';

export const PROGRAMME_INVARIANTS =
  'A programme must not contradict itself (422, every issue listed with its field): DEADLINE_BEFORE_OPENING, ANNOUNCEMENT_BEFORE_DEADLINE, ' +
  'YEAR_DATES_MISMATCH (the announcement date\'s year + 543 is the BE year), CRITERIA_WEIGHTS_NOT_100, PANELS_DO_NOT_COVER_ALL (some panel scores all), ' +
  'PANEL_MEMBER_TWICE, DUPLICATE_ID; an impossible date (2026-02-30) is 400 INVALID_DATE, never rolled over. Nor what is stored (409): ' +
  'RESULTS_PUBLISHED (a published programme is frozen), DEADLINE_CHANGE_REJUDGES_ENTRIES (a new deadline must judge every received entry as it was judged), OPENING_AFTER_ENTRY, ' +
  'ANNOUNCEMENT_BEFORE_EXTENSION, PANEL_CHANGE_ORPHANS_SCORES (once scores are given, moving a member to another panel, removing a panel or narrowing what it ' +
  'scores is refused when a stored score would no longer count; each such score listed as entries.<submissionId>.scores.<memberId>).';

export const FROZEN_AFTER_RESULTS = 'Once the results are published nothing of the programme changes: 409 RESULTS_PUBLISHED.';

export const EXTENSION_RULES =
  'An extension is later than the programme deadline (422 EXTENSION_BEFORE_DEADLINE) and ends no later than the announcement date ' +
  '(422 EXTENSION_AFTER_ANNOUNCEMENT); none once results are published (409 RESULTS_PUBLISHED). Granted after the hospital\'s entry was judged late, ' +
  'it judges that entry again in the same change (answered as `rejudged`), so no entry stays late inside its own extension.';

export const RESULTS_INVARIANTS =
  'A programme that drifted into a contradiction (saved before these rules) is not ranked: 409 with the programme\'s own code ' +
  '(e.g. CRITERIA_WEIGHTS_NOT_100), or ENTRY_MISJUDGED for an entry marked on time or late against a deadline that no longer gives that.';
