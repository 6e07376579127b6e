-- The three Shanghai plans as docs/domain.md describes them. premium_per_share is the base rate; where a
-- version tiers the premium (serious illness 2000: by the unit's average member age) the tiers are in rules.
insert into insurance.plan (code, kind, name_zh, name_en) values
    ('SERIOUS_ILLNESS', 'SERIOUS_ILLNESS', '在职职工特种重病团体互助医疗保障计划', 'Serious-illness mutual-aid plan for working members'),
    ('WORKING_INPATIENT', 'INPATIENT', '在职职工住院补充医疗互助保障计划', 'Supplementary inpatient mutual-aid plan for working members'),
    ('RETIREE_INPATIENT', 'RETIREE_INPATIENT', '退休职工住院补充医疗互助保障计划', 'Supplementary inpatient mutual-aid plan for retired members');

insert into insurance.plan_version (plan_id, version_code, period_start, period_end, cycle_years, max_shares,
                                    premium_per_share, waiting_period_months, rules)
select id, '2000', date '2000-07-01', date '2003-06-30', 3, 1, 60.00, 0,
       '{"eligibility":{"employment":"IN_SERVICE","maxAgeExclusive":{"F":55,"M":60},"basicInsuranceRequired":false},'
    || '"premium":{"basis":"PER_SHARE_PER_PERIOD","tiers":[{"unitAverageAgeBelow":45,"amount":"60.00"},{"amount":"70.00"}],'
    || '"payers":[{"payer":"MEMBER","share":"1"}],"midPeriodJoiner":"FULL"},'
    || '"cover":{"midPeriodStart":"DAY_AFTER_CONFIRMATION","paymentDueDays":15,"waitingPeriodMonths":0},'
    || '"claimTimeLimitMonths":24,"refund":"UNUSED_WHOLE_YEARS",'
    || '"benefits":[{"type":"LUMP_SUM","amountPerShare":"10000.00","oncePerCycle":true,"classList":"SHANGHAI_12"}]}'
from insurance.plan where code = 'SERIOUS_ILLNESS';

insert into insurance.plan_version (plan_id, version_code, period_start, period_end, cycle_years, max_shares,
                                    premium_per_share, waiting_period_months, rules)
select id, '2016', date '2016-07-01', date '2017-06-30', 1, 1, 45.00, 0,
       '{"eligibility":{"employment":"IN_SERVICE","maxAgeExclusive":{"F":55,"M":60},"basicInsuranceRequired":false},'
    || '"premium":{"basis":"PER_SHARE_PER_PERIOD","tiers":[{"amount":"45.00"}],'
    || '"payers":[{"payer":"MEMBER","share":"1"}],"midPeriodJoiner":"FULL"},'
    || '"cover":{"midPeriodStart":"DAY_AFTER_CONFIRMATION","paymentDueDays":15,"waitingPeriodMonths":0},'
    || '"claimTimeLimitMonths":24,"refund":"NONE",'
    || '"benefits":[{"type":"LUMP_SUM","amountPerShare":"10000.00","earlyStageRate":"0.30","oncePerCycle":true,"classList":"SHANGHAI_22"}]}'
from insurance.plan where code = 'SERIOUS_ILLNESS';

insert into insurance.plan_version (plan_id, version_code, period_start, period_end, cycle_years, max_shares,
                                    premium_per_share, waiting_period_months, rules)
select id, '2016', date '2016-07-01', date '2017-06-30', 1, 1, 65.00, 0,
       '{"eligibility":{"employment":"IN_SERVICE","basicInsuranceRequired":true},'
    || '"premium":{"basis":"PER_SHARE_PER_PERIOD","tiers":[{"amount":"65.00"}],'
    || '"payers":[{"payer":"MEMBER","share":"1"}],"midPeriodJoiner":"FULL"},'
    || '"cover":{"midPeriodStart":"DAY_AFTER_CONFIRMATION","paymentDueDays":15,"waitingPeriodMonths":0},'
    || '"claimTimeLimitMonths":24,"refund":"NONE",'
    || '"benefits":[{"type":"REIMBURSEMENT","categories":["INPATIENT"],"deductible":"1000.00",'
    || '"bands":[{"from":"1000.00","to":"10000.00","rate":"0.50"},{"from":"10000.00","rate":"0.70"}],'
    || '"cap":{"amount":"15000.00","per":"SHARE_PER_YEAR"}}]}'
from insurance.plan where code = 'WORKING_INPATIENT';

insert into insurance.plan_version (plan_id, version_code, period_start, period_end, cycle_years, max_shares,
                                    premium_per_share, waiting_period_months, rules)
select id, '2001', date '2001-01-01', date '2001-12-31', 1, 1, 50.00, 3,
       '{"eligibility":{"employment":"RETIRED","basicInsuranceRequired":false,"modelWorkersAlwaysEnrolled":true},'
    || '"premium":{"basis":"PER_PERSON_PER_PERIOD","tiers":[{"amount":"50.00"}],'
    || '"payers":[{"payer":"MEMBER","share":"1"}],"midPeriodJoiner":"FULL"},'
    || '"cover":{"midPeriodStart":"DAY_AFTER_CONFIRMATION","paymentDueDays":15,"waitingPeriodMonths":3},'
    || '"claimTimeLimitMonths":24,"refund":"NONE",'
    || '"benefits":[{"type":"REIMBURSEMENT","categories":["INPATIENT"],"deductible":"0.00","bands":[{"from":"0.00","rate":"0.60"}],"capGroup":"RETIREE_ANNUAL"},'
    || '{"type":"REIMBURSEMENT","categories":["OUTPATIENT_SERIOUS","HOME_SICKBED"],"deductible":"0.00","bands":[{"from":"0.00","rate":"0.50"}],"capGroup":"RETIREE_ANNUAL"}],'
    || '"capGroups":[{"code":"RETIREE_ANNUAL","amount":"40000.00","per":"MEMBER_PER_YEAR"}]}'
from insurance.plan where code = 'RETIREE_INPATIENT';
