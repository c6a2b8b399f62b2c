# Indicator labels: ILO/EC Operational indicators of trafficking in human beings (2009).
# Message ids are referenced by crates/core/data/indicators-v1.toml (`label`).

## Deceptive recruitment (10)
ind-DR1 = Deceived about the nature of the job, location or employer
ind-DR2 = Deceived about conditions of work
ind-DR3 = Deceived about content or legality of work contract
ind-DR4 = Deceived about family reunification
ind-DR5 = Deceived about housing and living conditions
ind-DR6 = Deceived about legal documentation or obtaining legal migration status
ind-DR7 = Deceived about travel and recruitment conditions
ind-DR8 = Deceived about wages/earnings
ind-DR9 = Deceived through promises of marriage or adoption
ind-DR10 = Deceived about access to education opportunities

## Coercive recruitment (10)
ind-CR1 = Violence on victims
ind-CR2 = Threats of violence against victim
ind-CR3 = Abduction, forced marriage, forced adoption or selling of victim
ind-CR4 = Debt bondage
ind-CR5 = Confiscation of documents
ind-CR6 = Isolation, confinement or surveillance
ind-CR7 = Threat of denunciation to authorities
ind-CR8 = Threats to inform family, community or public
ind-CR9 = Violence on family (threats or effective)
ind-CR10 = Withholding of money

## Recruitment by abuse of vulnerability (16)
ind-AVR1 = Abuse of difficult family situation
ind-AVR2 = Abuse of illegal status
ind-AVR3 = Abuse of lack of education (language)
ind-AVR4 = Abuse of lack of information
ind-AVR5 = Control of exploiters
ind-AVR6 = Economic reasons
ind-AVR7 = False information about successful migration
ind-AVR8 = False information about law, attitude of authorities
ind-AVR9 = Family situation
ind-AVR10 = Personal situation
ind-AVR11 = Psychological and emotional dependency ("lover-boy")
ind-AVR12 = Relationship with authorities/legal status
ind-AVR13 = Difficulties in the past
ind-AVR14 = Difficulty to organise the travel
ind-AVR15 = Abuse of cultural/religious beliefs
ind-AVR16 = General context (post-conflict, political)

## Exploitative conditions (9): the purpose element
ind-EXP1 = Excessive working days or hours
ind-EXP2 = Low or no salary
ind-EXP3 = Wage manipulation (fines, deductions, paid to middleman)
ind-EXP4 = Bad living conditions
ind-EXP5 = Very bad working conditions
ind-EXP6 = Hazardous work
ind-EXP7 = No respect of labour laws or contract signed
ind-EXP8 = No social protection (contract, insurance)
ind-EXP9 = No access to education

## Coercion at destination (15)
ind-COD1 = Confiscation of documents
ind-COD2 = Debt bondage
ind-COD3 = Isolation, confinement or surveillance
ind-COD4 = Violence on victims
ind-COD5 = Threats of violence against victim
ind-COD6 = Forced into illicit/criminal activities
ind-COD7 = Forced tasks or clients
ind-COD8 = Under strong influence
ind-COD9 = Forced to act against peers
ind-COD10 = Forced to lie to authorities, family, etc.
ind-COD11 = Threat of denunciation to authorities
ind-COD12 = Threat to impose even worse working conditions
ind-COD13 = Violence on family (threats or effective)
ind-COD14 = Withholding of wages
ind-COD15 = Threats to inform family, community or public

## Abuse of vulnerability at destination (7)
ind-AVD1 = Dependency on exploiters
ind-AVD2 = Difficulty to live in an unknown area
ind-AVD3 = Economic reasons
ind-AVD4 = Family situation
ind-AVD5 = Relationship with authorities/legal status
ind-AVD6 = Difficulties in the past
ind-AVD7 = Personal characteristics (discriminated/marginalised group)
