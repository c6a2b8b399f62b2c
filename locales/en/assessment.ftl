# The indicator assessment (crates/core/src/assessment). A screening, never a verdict: there is no
# "not a victim" message, and every result says that assistance is offered anyway.

## Results
result-indicators-met = Indicators met: refer for formal identification
result-insufficient-information = Insufficient information: offer assistance anyway
result-not-met = Combination not met on the information given: offer assistance anyway

## Notices shown with every result
notice-screening-only = This is a screening, not an identification. Assistance never depends on this result.
notice-catalogue-not-verified = Catalogue not yet verified against the ILO publication

## Profiles and why one was chosen
profile-adult = Adult (sexual exploitation indicators)
profile-child = Child (sexual exploitation indicators)
profile-basis-age-under-18 = Stated or estimated age is under 18.
profile-basis-minor-at-start = She is an adult now but was under 18 when it began: the rule for children applies to what happened then.
profile-basis-minor-suspected = She may be under 18: minority is presumed until her age is verified.
profile-basis-age-18-or-over = Stated or estimated age is 18 or over, with no sign that she may be a minor.
profile-basis-age-unknown = Age unknown, with no sign that she may be a minor.

## Dimensions
dimension-DR = Deceptive recruitment
dimension-CR = Coercive recruitment
dimension-AVR = Recruitment by abuse of vulnerability
dimension-EXP = Exploitative conditions
dimension-COD = Coercion at destination
dimension-AVD = Abuse of vulnerability at destination

## Dimension and element statuses
status-positive = Positive
status-unresolved = Unresolved
status-negative = Negative

## Indicator tiers
tier-strong = Strong
tier-medium = Medium
tier-weak = Weak
tier-not-listed = Not in this list (does not count)

## Clauses of the per-dimension rule
clause-two-strong = two strong indicators
clause-strong-and-other = one strong indicator and one medium or weak indicator
clause-three-medium = three medium indicators
clause-two-medium-one-weak = two medium indicators and one weak indicator

## Why a dimension has its status
reason-met = The indicators found meet the rule.
reason-could-be-met = Not met on the indicators found, but unanswered questions could still meet the rule.
reason-cannot-be-met = Not met, even if every unanswered question were answered yes.

## Elements of the definition
element-recruitment = Recruitment (deceptive, coercive or by abuse of vulnerability)
element-exploitation = Exploitative conditions
element-control-at-destination = Coercion or abuse of vulnerability at destination
element-act = Someone recruited, moved, harboured or received her
element-purpose = Exploitation (commercial sex, or exploitative conditions)

## Conflicts to review
conflict-age-stated-adult-but-minor = Her stated age is 18 or over, but she may be a minor. The child pathway applies until her age is verified.
conflict-act-absent-but-recruitment = Nobody is recorded as having recruited, moved, harboured or received her, yet recruitment indicators were found. Please review these answers.
