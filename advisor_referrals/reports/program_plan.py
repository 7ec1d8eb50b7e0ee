"""The written referral program as a PDF: programs, goals, who asks whom and when, rewards
and their compliance terms. User text is escaped with `markup()` before it is laid out."""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from advisor_referrals.domain.benchmarks import SOURCE as BENCHMARK_SOURCE
from advisor_referrals.domain.goals import GOAL_FIGURES, PACE_LABELS
from advisor_referrals.domain.program import Program
from advisor_referrals.domain.program_plan import (
    WHEN_WORDS,
    ProgramPlan,
    compliance_terms,
    runs,
    who,
)
from advisor_referrals.reports.figures import long_date, percent
from advisor_referrals.reports.fonts import SANS, markup, register_fonts
from advisor_referrals.reports.report_parts import data_table, section
from advisor_referrals.reports.report_style import (
    CONTENT_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Styles,
    accent_of,
    canvas_maker,
)

TITLE = "Our referral program"


def practice(plan: ProgramPlan) -> str:
    return plan.profile.firm or plan.profile.name or "Our practice"


def program_plan_pdf(plan: ProgramPlan) -> bytes:
    register_fonts()
    styles = Styles(accent_of(plan.profile.accent_color))
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6,
        title=f"{TITLE}: {practice(plan)}",
        author=plan.profile.name or practice(plan),
        creator="Advisor Referrals",
        initialFontName=SANS,
    )
    story: list[Flowable] = [
        Paragraph(markup(practice(plan)).upper(), styles.kicker),
        Paragraph(TITLE, styles.h1),
        Paragraph(
            f"Written {long_date(plan.made_on)}. A referral program works when it is written "
            "down: what we aim for and how we measure it, who we ask and when, how we thank "
            "the people who introduce their friends, and the rules that come with it.",
            styles.note,
        ),
        Spacer(1, 10),
        *_reasons(plan, styles),
        *_goals(plan, styles),
        *_programs(plan, styles),
        _asks(plan, styles),
        *_rewards(plan, styles),
        _measure(plan, styles),
    ]
    footer = f"{practice(plan)} · {TITLE} · {plan.made_on.isoformat()}"
    doc.build(story, canvasmaker=canvas_maker(footer))
    return out.getvalue()


def _bullets(styles: Styles, lines: list[str]) -> list[Flowable]:
    return [Paragraph(line, styles.bullet, bulletText="•") for line in lines]


def _reasons(plan: ProgramPlan, styles: Styles) -> list[Flowable]:
    if not plan.reasons:
        return []
    return [
        section(
            styles,
            "Why clients recommend us",
            *_bullets(styles, [markup(r) for r in plan.reasons]),
            intro="What clients tell us when they refer; we say it back to them, and we keep it true.",
        )
    ]


def _goals(plan: ProgramPlan, styles: Styles) -> list[Flowable]:
    if not plan.goals:
        text = "No goals are set for this quarter or year yet: set them on the Program page."
        return [section(styles, "Our goals", Paragraph(text, styles.note))]
    rows = [
        [
            markup(p.goal.label),
            p.goal.period_label,
            f"{p.goal.target:,}",
            f"{p.actual:,} ({percent(p.share)})",
            PACE_LABELS[p.pace],
            markup(p.goal.notes),
        ]
        for p in plan.goals
    ]
    table = data_table(
        styles,
        ["Goal", "Period", "Target", "So far", "Pace", "Why this number"],
        rows,
        [110, 52, 48, 74, 58, CONTENT_WIDTH - 342],
        numeric=(2,),
    )
    counted = "; ".join(
        f"{GOAL_FIGURES[key].label.lower()}: {GOAL_FIGURES[key].counts}"
        for key in dict.fromkeys(p.goal.figure for p in plan.goals)
        if key in GOAL_FIGURES
    )
    return [
        section(
            styles,
            "Our goals",
            table,
            intro="Specific, measurable, achievable, results-focused and timely. "
            f"How each is counted: {counted}.",
        )
    ]


def _program(program: Program, styles: Styles) -> Flowable:
    lines = [
        f"<b>Runs:</b> {runs(program)}",
        f"<b>For:</b> {markup(who(program))}",
        f"<b>The referrer receives:</b> "
        f"{markup(program.reward_text or program.reward_kind.value.replace('_', ' '))}, "
        f"{WHEN_WORDS[program.reward_when]}.",
    ]
    if program.friend_offer:
        lines.append(f"<b>The friend is offered:</b> {markup(program.friend_offer)}")
    if program.kit_wording:
        lines.append(f"<b>On the client's kit:</b> “{markup(program.kit_wording)}”")
    return section(styles, markup(program.name), *_bullets(styles, lines))


def _programs(plan: ProgramPlan, styles: Styles) -> list[Flowable]:
    if not plan.programs:
        return [
            section(styles, "Our programs", Paragraph("No program is running yet.", styles.note))
        ]
    return [Paragraph("Our programs", styles.h2), *(_program(p, styles) for p in plan.programs)]


def _asks(plan: ProgramPlan, styles: Styles) -> Flowable:
    return section(
        styles,
        "Who asks whom, and when",
        *_bullets(styles, [f"<b>{markup(a.who)}</b> {markup(a.when)}" for a in plan.asks]),
        intro="We ask when results show, not at sign-up, and we reward the act of referring "
        "and tell the referrer what happened.",
    )


def _rewards(plan: ProgramPlan, styles: Styles) -> list[Flowable]:
    if not plan.programs:
        return []
    lines = [f"<b>{markup(p.name)}:</b> {compliance_terms(p)}" for p in plan.programs]
    return [section(styles, "Rewards and their compliance terms", *_bullets(styles, lines))]


def _measure(plan: ProgramPlan, styles: Styles) -> Flowable:
    return section(
        styles,
        "How we measure what works",
        Paragraph(
            "For every program, reward, event, channel, kit and conversation we count the "
            "referrals received, how many became clients and how fast, and what each new "
            "client cost: rewards and event costs plus the advisor's logged hours at "
            f"${plan.hourly_value:,.2f} an hour. {BENCHMARK_SOURCE}",
            styles.body,
        ),
    )
