"""The rest of the demo book's world: places, professions, tags, notes and the advisor.

Everything looks real and is fake: e-mail domains are example.com/.org/.net, US
phone numbers use 555-0100..0199 (reserved for fiction), the firm does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    city: str
    region: str
    area_codes: tuple[str, ...]
    country: str | None = None


def _places(text: str) -> tuple[Place, ...]:
    out = []
    for line in text.strip().splitlines():
        city, region, codes = (part.strip() for part in line.split(";"))
        out.append(Place(city, region, tuple(codes.split())))
    return tuple(out)


# The practice is in the Denver area; most clients live nearby.
HOME_PLACES = _places(
    """
    Denver; CO; 303 720
    Aurora; CO; 303 720
    Lakewood; CO; 303 720
    Boulder; CO; 303 720
    Littleton; CO; 303 720
    Englewood; CO; 303 720
    Centennial; CO; 303 720
    Highlands Ranch; CO; 303 720
    Golden; CO; 303 720
    Arvada; CO; 303 720
    Westminster; CO; 303 720
    Broomfield; CO; 303 720
    Louisville; CO; 303 720
    Longmont; CO; 303 720
    Parker; CO; 303 720
    Castle Rock; CO; 303 720
    Evergreen; CO; 303 720
    Greenwood Village; CO; 303 720
    Fort Collins; CO; 970
    Colorado Springs; CO; 719
    """
)
HOME_WEIGHTS = (14, 7, 7, 8, 6, 3, 5, 5, 3, 4, 3, 3, 2, 3, 3, 3, 2, 2, 4, 5)

AWAY_PLACES = _places(
    """
    Phoenix; AZ; 602 480
    Scottsdale; AZ; 480
    Santa Fe; NM; 505
    San Diego; CA; 619 858
    Austin; TX; 512 737
    Seattle; WA; 206
    Chicago; IL; 312 773
    Boston; MA; 617
    New York; NY; 212 646
    Atlanta; GA; 404
    Naples; FL; 239
    Tampa; FL; 813
    Minneapolis; MN; 612
    Portland; OR; 503
    Salt Lake City; UT; 801
    Kansas City; MO; 816
    Omaha; NE; 402
    Boise; ID; 208
    Raleigh; NC; 919
    Nashville; TN; 615
    Park City; UT; 435
    Jackson; WY; 307
    Bozeman; MT; 406
    Cheyenne; WY; 307
    """
)

# Abroad: a few clients moved away; phones use ranges reserved for drama where there are any.
ABROAD = (
    (Place("London", "England", (), "United Kingdom"), "+44 20 7946 0{n:03d}"),
    (Place("Toronto", "ON", ("416",), "Canada"), "+1 416 555 01{n2:02d}"),
    (Place("Vancouver", "BC", ("604",), "Canada"), "+1 604 555 01{n2:02d}"),
    (Place("Sydney", "NSW", (), "Australia"), "+61 491 570 1{n2:02d}"),
    (Place("Athens", "Attica", (), "Greece"), ""),
    (Place("Kraków", "Lesser Poland", (), "Poland"), ""),
    (Place("Yokohama", "Kanagawa", (), "Japan"), ""),
    (Place("Zürich", "Zürich", (), "Switzerland"), ""),
    (Place("Ciudad de México", "CDMX", (), "Mexico"), ""),
)

EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com")
EMAIL_DOMAIN_WEIGHTS = (50, 22, 22, 6)

# Centres of influence: the professionals who see money moments first.
PROFESSIONS = (
    ("CPA", "cpa", 26),
    ("Estate attorney", "law", 16),
    ("Insurance agent", "insurance", 10),
    ("Mortgage broker", "mortgage", 11),
    ("Realtor", "realty", 16),
    ("Tax attorney", "taxlaw", 5),
    ("Family law attorney", "familylaw", 5),
    ("Banker", "bank", 5),
    ("Business broker", "bizbrokers", 3),
    ("Elder law attorney", "elderlaw", 3),
)

# The trigger kinds a professional is most likely to hear about.
PROFESSION_KINDS: dict[str, tuple[str, ...]] = {
    "CPA": ("business_sale", "windfall", "inheritance", "retirement"),
    "Estate attorney": ("death_in_family", "inheritance", "marriage"),
    "Insurance agent": ("new_child", "health_event", "marriage"),
    "Mortgage broker": ("home_purchase", "relocation", "home_sale"),
    "Realtor": ("home_purchase", "home_sale", "relocation"),
    "Tax attorney": ("business_sale", "windfall"),
    "Family law attorney": ("divorce",),
    "Banker": ("business_sale", "home_purchase"),
    "Business broker": ("business_sale",),
    "Elder law attorney": ("health_event", "death_in_family"),
}

# (tag, share) per group: a client gets at most one tag from each group.
LIFE_STAGE_TAGS = (
    ("retiree", 24),
    ("pre-retiree", 20),
    ("young family", 13),
    ("empty nesters", 10),
    ("", 33),
)
WORK_TAGS = (
    ("business owner", 10),
    ("physician", 5),
    ("educator", 5),
    ("tech equity", 5),
    ("engineer", 4),
    ("pilot", 1),
    ("", 70),
)
OTHER_TAGS = (
    ("charitable giving", 6),
    ("military veteran", 4),
    ("real estate investor", 3),
    ("widowed", 3),
    ("nonprofit board", 2),
    ("snowbird", 2),
    ("", 80),
)

CLIENT_NOTES = (
    "Prefers e-mail over phone calls.",
    "Morning meetings only.",
    "Daughter starts college in the fall.",
    "Wants to retire before 60; keep an eye on the savings rate.",
    "Inherited a rental property; talk about whether to keep it.",
    "Spouse handles the day-to-day budget.",
    "Plays golf with several other clients.",
    "Asked for a second opinion on the 401(k) allocation.",
    "Grandchildren's 529 plans: review each spring.",
    "Owns a dental practice with two partners.",
    "Likes detailed written summaries after each meeting.",
    "Sits on the board of the local food bank.",
    "Nervous about markets; call after big drops.",
    "Snowbird: in Arizona from January to March.",
)
PROSPECT_NOTES = (
    "Met at the retirement-income seminar.",
    "Downloaded the college-savings guide from the website.",
    "Asked for a call after the spring workshop.",
    "Wants a second opinion on an annuity offer.",
)

TRIGGER_NOTES: dict[str, tuple[str, ...]] = {
    "home_purchase": (
        "Closing on a house in the spring.",
        "First home; asked about the down payment.",
    ),
    "home_sale": ("Listing the family home this summer.", "Downsizing after the kids moved out."),
    "retirement": ("Last day at work is in June.", "Company offered early retirement."),
    "job_change": (
        "New role at a software company; old 401(k) to roll over.",
        "Promotion with stock options.",
    ),
    "business_sale": (
        "Letter of intent from a buyer for the firm.",
        "Selling a share of the practice to a partner.",
    ),
    "inheritance": ("Father's estate is being settled.", "Aunt left a brokerage account."),
    "marriage": ("Getting married in October.", "Combining finances after the wedding."),
    "divorce": ("Separation agreement being drafted.", "Divorce final; re-titling accounts."),
    "new_child": ("Twins due in the spring!", "Adopting; asked about 529 plans."),
    "college": ("Son starts university next fall.", "Comparing financial aid offers."),
    "death_in_family": (
        "Mother passed away in March.",
        "Lost her husband last year; taking over the finances.",
    ),
    "relocation": ("Moving to Seattle for work.", "Retiring to Arizona next year."),
    "windfall": ("Large year-end bonus.", "Won a lawsuit settlement."),
    "health_event": (
        "Heart surgery went well; wants a plan written down.",
        "Diagnosed with diabetes; long-term care questions.",
    ),
    "other": ("Asked about helping a parent with bills.", "Wants to start giving to charity."),
}

REFERRAL_NOTES: dict[str, tuple[str, ...]] = {
    "introduction": (
        "Warm introduction over coffee with {referrer}.",
        "Three-way e-mail introduction by {referrer}.",
        "{referrer} brought {referred} to lunch.",
    ),
    "email": ("{referrer} forwarded {referred}'s question by e-mail.",),
    "phone": ("{referrer} called ahead to say {referred} would reach out.",),
    "event": ("Came as {referrer}'s guest to the client appreciation dinner.",),
    "social": ("Connected after {referrer} shared our article.",),
    "website": ("Booked a call online and named {referrer} as the referrer.",),
    "other": ("Mentioned {referrer} at the first meeting.",),
    "intended": (
        "{referrer} says they gave our card to {referred}.",
        "{referrer} handed {referred} the referral kit.",
    ),
}

REVIEW_NOTES = (
    "Rebalanced to target; no changes to the plan.",
    "Updated beneficiaries after the wedding.",
    "Reviewed college savings progress.",
    "Discussed required minimum distributions.",
    "Tax-loss harvesting opportunities noted.",
    "Raised the emergency reserve to six months.",
    "Walked through the retirement income projection.",
    "Long-term care options discussed.",
    "Talked about a Roth conversion this year.",
)

ADVISOR = {
    "name": "Jordan Ellery, CFP\u00ae",
    "firm": "Larkfield Wealth Partners",
    "email": "jordan@larkfield.example.com",
    "phone": "(303) 555-0100",
    "website": "https://larkfield.example.com",
}
ADVISOR_EXTRAS = {
    "title": "Senior Wealth Advisor",
    "address": "1600 Larkfield Avenue, Suite 410, Denver, CO 80202",
    "scheduling_url": "https://larkfield.example.com/meet",
    "disclosures": (
        "Advisory services offered through Larkfield Wealth Partners, LLC, a registered "
        "investment adviser. Past performance does not guarantee future results. "
        "Demonstration data: the firm, its advisors and its clients are fictional."
    ),
    "ideal_client": "Families and business owners preparing for retirement or a big life change.",
    "services": "Retirement income planning; investment management; tax-aware and estate planning.",
}
