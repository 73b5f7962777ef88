import type { Person, RiskCategory, RiskStatus } from '@gtm/shared';
import { CAST } from './cast';

/** A hand-written Risk Register entry; the generator adds the assessments and review dates. */
export interface RiskSpec {
  id: string;
  title: string;
  description: string;
  category: RiskCategory;
  owner: Person;
  monitoringKpiIds: string[];
  status: RiskStatus;
  mitigations: string[];
}

function spec(
  id: string, title: string, description: string, category: RiskCategory, owner: Person,
  monitoringKpiIds: string[], status: RiskStatus, mitigations: string[],
): RiskSpec {
  return { id, title, description, category, owner, monitoringKpiIds, status, mitigations };
}

/** 30 risks, five per category. Several monitor KPIs whose storyline ends off track. */
export const RISK_SPECS: readonly RiskSpec[] = [
  spec('risk-competitor-bundling', 'Competitor bundles detection into its platform licence', 'A platform vendor gives away a "good enough" SIEM, making our standalone value harder to explain.', 'market-positioning', CAST.pmm, ['win-rate'], 'mitigating', ['Publish a total-cost comparison against bundled offers', 'Train AEs on the bundling objection']),
  spec('risk-messaging-drift', 'Messaging drifts between web, decks and demos', 'Three versions of the value proposition are in circulation since the spring launch.', 'market-positioning', CAST.pmm, ['share-of-voice'], 'open', ['Run a messaging audit of the top 20 assets']),
  spec('risk-analyst-coverage', 'Missing from the next analyst landscape report', 'No briefing slot booked with the two analysts who cover our category.', 'market-positioning', CAST.gmd, [], 'mitigating', ['Book analyst briefings for Q1', 'Prepare a customer reference pack']),
  spec('risk-pricing-perception', 'Pricing perceived as enterprise-only by mid-market buyers', 'Lost-deal notes cite price before a demo was even held.', 'market-positioning', CAST.salesLead, ['average-deal-size'], 'accepted', ['Publish a mid-market starter package page']),
  spec('risk-category-confusion', 'Buyers confuse our category with legacy log management', 'Search terms and inbound questions show the category name is misread.', 'market-positioning', CAST.pmm, [], 'closed', ['Rename the category page and update paid keywords']),
  spec('risk-pipeline-coverage', 'Pipeline coverage below 3× for next quarter', 'Pipeline generated has fallen for four cycles; coverage of next quarter\'s target is thin.', 'pipeline-generation', CAST.gmd, ['pipeline-generated', 'opportunities-created'], 'open', ['Launch an ABM sprint on 30 tier-1 accounts', 'Reallocate paid budget to high-intent keywords']),
  spec('risk-demo-request-decline', 'Demo requests keep declining after the site redesign', 'The new site moved the demo form two clicks deeper.', 'pipeline-generation', CAST.demandGen, ['demo-requests', 'website-conversion-rate'], 'mitigating', ['Restore the demo button in the main navigation', 'A/B test the shortened demo form']),
  spec('risk-mql-quality', 'MQL quality too low for Sales to follow up', 'Sales reports that one in three MQLs has no buying role.', 'pipeline-generation', CAST.demandGen, ['mqls', 'mqa-acceptance-rate'], 'open', ['Tighten the MQL scoring threshold with Sales']),
  spec('risk-intent-data-gaps', 'Intent data misses DACH accounts', 'The intent provider covers few German-language sources.', 'pipeline-generation', CAST.gmd, ['mqas-shared'], 'accepted', ['Trial a second intent source for DACH']),
  spec('risk-event-dependency', 'Too much pipeline depends on two trade shows', 'Half of last year\'s sourced pipeline came from two events.', 'pipeline-generation', CAST.demandGen, ['mqls'], 'mitigating', ['Build an always-on webinar programme', 'Shift 20% of event budget to digital']),
  spec('risk-negative-reviews', 'Negative reviews on peer review sites after the outage', 'The September outage produced a cluster of one-star reviews.', 'brand-perception', CAST.brand, ['nps'], 'mitigating', ['Ask 20 happy customers for reviews', 'Publish the post-incident report']),
  spec('risk-brand-awareness-low', 'Low unaided brand awareness outside the home market', 'Brand search volume is flat outside Italy and Germany.', 'brand-perception', CAST.brand, ['brand-search-volume'], 'open', ['Test a thought-leadership campaign in the Nordics']),
  spec('risk-churn-story', 'Visible churn of reference customers hurts credibility', 'Two logos on the website churned this quarter.', 'brand-perception', CAST.csLead, ['churned-accounts', 'gross-revenue-retention'], 'open', ['Replace churned logos on the website', 'Run save plays on the three at-risk references']),
  spec('risk-security-incident-pr', 'A security incident at a customer is blamed on the product', 'Press may attribute a customer breach to detection failure.', 'brand-perception', CAST.gmd, [], 'accepted', ['Keep a holding statement and spokesperson ready']),
  spec('risk-outdated-case-studies', 'Case studies are more than two years old', 'Only one case study mentions the current product version.', 'brand-perception', CAST.brand, ['sales-content-usage'], 'closed', ['Produce three new case studies']),
  spec('risk-content-bandwidth', 'Content team cannot keep up with launch demand', 'One writer supports three launches this half-year.', 'execution-capacity', CAST.pmm, ['sales-content-usage'], 'open', ['Agree a freelance budget', 'Cut low-impact blog posts']),
  spec('risk-sdr-turnover', 'SDR turnover slows MQA follow-up', 'Two of four SDRs left in the last quarter.', 'execution-capacity', CAST.salesLead, ['mqa-acceptance-rate', 'sales-cycle-length'], 'mitigating', ['Backfill SDR roles', 'Document the MQA follow-up playbook']),
  spec('risk-onboarding-capacity', 'CS onboarding capacity limits activation', 'New customers wait up to three weeks for their kickoff.', 'execution-capacity', CAST.csLead, ['product-activation-rate', 'time-to-first-value'], 'open', ['Launch self-serve onboarding videos', 'Prioritise kickoffs by deal size']),
  spec('risk-crm-hygiene', 'CRM hygiene breaks attribution reporting', 'OLS and CS are empty on a tenth of deals.', 'execution-capacity', CAST.gmd, [], 'mitigating', ['Make OLS mandatory on deal creation', 'Monthly data-quality review']),
  spec('risk-enablement-gaps', 'New AEs ramp slowly without enablement', 'Enablement sessions were cancelled twice during the hiring push.', 'execution-capacity', CAST.enablement, ['enablement-sessions'], 'closed', ['Fixed enablement calendar for the year']),
  spec('risk-partner-concentration', 'One reseller brings most partner-sourced deals', 'A single partner sourced 70% of partner pipeline.', 'channel-or-partner-dependency', CAST.salesLead, ['opportunities-created'], 'open', ['Recruit two more resellers in the south region']),
  spec('risk-marketplace-fees', 'Cloud marketplace fee increase squeezes margin', 'The marketplace announced a fee change for next year.', 'channel-or-partner-dependency', CAST.salesLead, ['average-deal-size'], 'accepted', ['Model the fee impact on partner deals']),
  spec('risk-linkedin-costs', 'LinkedIn cost per lead keeps rising', 'Paid social CPL rose 40% year on year.', 'channel-or-partner-dependency', CAST.demandGen, ['cost-per-mql'], 'mitigating', ['Shift budget to retargeting and events', 'Test conversation ads']),
  spec('risk-integration-partner', 'Key integration partner changes its API terms', 'The ticketing integration most customers use may become paid.', 'channel-or-partner-dependency', CAST.pm, ['weekly-active-accounts'], 'open', ['Open talks on a partnership agreement']),
  spec('risk-search-algorithm', 'Search engine update cuts organic traffic', 'Organic sessions dropped after the last core update.', 'channel-or-partner-dependency', CAST.brand, ['brand-search-volume', 'website-conversion-rate'], 'closed', ['Technical SEO audit', 'Refresh the top 30 pages']),
  spec('risk-budget-freeze', 'Mid-year marketing budget freeze', 'Finance may freeze discretionary spend if bookings miss in Q4.', 'other', CAST.gmd, ['win-rate'], 'open', ['Prepare a ranked cut list', 'Show pipeline ROI by channel']),
  spec('risk-gdpr-consent', 'Consent gaps in the imported event lists', 'Event lists from partners lack documented consent.', 'other', CAST.demandGen, [], 'mitigating', ['Re-permission campaign for event contacts']),
  spec('risk-product-delay', 'Launch of the cloud connector slips a quarter', 'Campaigns are planned around a release date that may move.', 'other', CAST.pm, ['product-activation-rate'], 'open', ['Plan a fallback campaign without the connector']),
  spec('risk-fx-exposure', 'Currency swings change USD pricing competitiveness', 'A strong euro makes USD deals less competitive.', 'other', CAST.salesLead, [], 'accepted', ['Review USD price list twice a year']),
  spec('risk-key-person', 'Key-person dependency on the presales engineer', 'One presales engineer runs most technical validations.', 'other', CAST.salesLead, ['sales-cycle-length'], 'open', ['Train a second presales engineer', 'Record standard demo environments']),
];
