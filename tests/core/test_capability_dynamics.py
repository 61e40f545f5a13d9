"""Capability base: platform and at-risk competencies, and the yearly flows of dated links."""

from desktop_app.core.capability_dynamics import (
    Link,
    capability_dynamics,
    competency_portfolio,
)

STAGES = {"C": "decline", "J": "growth", "M-N": "growth", "K": "maturity", "B-E": "renewal"}
INDUSTRY = [
    Link("Software", "J", 5, 2012),
    Link("Software", "M-N", 4, 2015),
    Link("Software", "K", 3, 2018),
    Link("Foundry", "C", 5, 2005),
    Link("Textile dyeing", "C", 2, 2008),
    Link("Textile dyeing", "K", 1, 2009, 2013),  # ended
    Link("Materials", "C", 4, 2010),
    Link("Materials", "B-E", 3, 2019),
    Link("Old link", "J", 2, None),
]
INSTITUTION = [
    Link("Software", "University", 4, 2014),
    Link("Foundry", "Vocational school", 3, 2003),
    Link("Materials", "Lab", 4, 2017),
]


def test_platform_and_at_risk_competencies():
    portfolio = {e.competency: e for e in competency_portfolio(INDUSTRY, STAGES, year=2020)}
    assert portfolio["Software"].kind == "platform"
    assert portfolio["Software"].reason == "serves 3 industries, 2 of them growing (J, M-N)"
    assert portfolio["Foundry"].kind == "at risk"
    assert portfolio["Foundry"].reason == "tied to a single declining industry (C)"
    # the K link ended in 2013, so dyeing now hangs on declining C alone
    assert portfolio["Textile dyeing"].kind == "at risk"
    assert portfolio["Materials"].kind == "other"
    early = {e.competency: e for e in competency_portfolio(INDUSTRY, STAGES, year=2012)}
    assert early["Textile dyeing"].kind == "other"
    assert "Software" in early and early["Software"].industries == ("J",)


def test_yearly_flows():
    related = {"M-N": ["J"], "K": ["M-N"], "B-E": ["J"]}
    flows = capability_dynamics(INDUSTRY, INSTITUTION, STAGES, related)
    assert flows.new_industry_links[2015] == 1 and flows.new_industry_links[2005] == 1
    assert flows.new_institution_links[2014] == 1
    assert flows.undated == 1
    # University-J joined in 2014 (later of 2012 and 2014), University-M-N in 2015, -K in 2018
    assert flows.new_collaborations[2014] == 1
    assert flows.new_collaborations[2015] == 1
    assert flows.new_collaborations[2018] == 1
    assert flows.new_collaborations[2005] == 1  # vocational school - C via Foundry
    assert flows.examples["collaborations 2014"] == ["University \u2013 J"]
    # Software into M-N (related to J, served before) and into K (related to M-N)
    assert flows.diversification[2015] == 1 and flows.diversification[2018] == 1
    # Materials into B-E: B-E is related to J only, Materials served C: unrelated entry
    assert flows.unrelated_entries[2019] == 1 and flows.diversification[2019] == 0
    # new links into declining or renewing industries: dyeing->C 2008, materials->C 2010, ->B-E 2019
    assert {y: n for y, n in flows.renewal.items() if n} == {2005: 1, 2008: 1, 2010: 1, 2019: 1}
    assert list(flows.years) == sorted(flows.years)


def test_empty_register_gives_empty_flows():
    flows = capability_dynamics([], [])
    assert flows.years == () and flows.new_collaborations == {}
    assert competency_portfolio([], {}) == []
