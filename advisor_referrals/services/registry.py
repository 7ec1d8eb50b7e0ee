"""The services of one open book, made on first use and handed out by the UI wiring.

Widgets receive the one or two services they use, never this whole object. Each
service's module is imported when the service is first asked for: at start-up the
window needs a few of them, and importing all twenty cost a tenth of the start.

The kits, the quarterly report and the printed thank-you render with what the composition root passes in
(`Renderers`, from reports/): services never import reports/ (docs/design.md, "Layers").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from advisor_referrals.storage.book import Book

if TYPE_CHECKING:
    from advisor_referrals.services.asks.ask_log import AskService
    from advisor_referrals.services.audit.reading import AuditLog
    from advisor_referrals.services.contacts.client_table import ContactTable
    from advisor_referrals.services.contacts.editing import ContactService
    from advisor_referrals.services.contacts.segments import EngagementService
    from advisor_referrals.services.contacts.timeline import TimelineService
    from advisor_referrals.services.kits import KitRendering, KitService
    from advisor_referrals.services.metrics.quarterly import MetricsService
    from advisor_referrals.services.practice.members import PracticeService
    from advisor_referrals.services.practice.reassign import ReassignService
    from advisor_referrals.services.practice.tasks import TaskService
    from advisor_referrals.services.program.client_events import EventService
    from advisor_referrals.services.program.goals import GoalService
    from advisor_referrals.services.program.program_plan import PlanRenderer, ProgramPlanService
    from advisor_referrals.services.program.program_report import ProgramReporting
    from advisor_referrals.services.program.program_settings import ProgramSettings
    from advisor_referrals.services.program.program_today import ProgramTodayService
    from advisor_referrals.services.program.programs import ProgramService
    from advisor_referrals.services.program.rewards import RewardService
    from advisor_referrals.services.program.what_works import WhatWorksService
    from advisor_referrals.services.quarterly_report import QuarterlyReportService, ReportFormat
    from advisor_referrals.services.referrals.ask_list import AskListService
    from advisor_referrals.services.referrals.coi import CoiService
    from advisor_referrals.services.referrals.compliance import ComplianceService
    from advisor_referrals.services.referrals.recording import ReferralService
    from advisor_referrals.services.referrals.referral_lists import ReferralTable
    from advisor_referrals.services.referrals.thank_you import NoteRendering, ThankYouService
    from advisor_referrals.services.reviews.booking import ReviewService
    from advisor_referrals.services.reviews.cadence import CadenceService
    from advisor_referrals.services.reviews.calendar_export import CalendarExport
    from advisor_referrals.services.reviews.review_lists import ReviewLists
    from advisor_referrals.services.reviews.today_reviews import TodayReviews
    from advisor_referrals.services.safety.book_status import BookSafety
    from advisor_referrals.services.settings import SettingsService
    from advisor_referrals.services.triggers.kind_library import TriggerKindService
    from advisor_referrals.services.triggers.trigger_log import TriggerService


@dataclass(frozen=True)
class Renderers:
    """What the kits, the quarterly report, the printed thank-you and the written referral
    program render with."""

    kit: KitRendering
    report_formats: Sequence[ReportFormat]
    thank_you_note: NoteRendering
    program_plan: PlanRenderer | None = None
    # What no bundled font can print of a text (by default: nothing).
    missing_glyphs: Callable[[str], str] = lambda _text: ""


class BookServices:
    def __init__(self, book: Book, renderers: Renderers) -> None:
        self.book = book
        self.renderers = renderers

    @classmethod
    def for_book(cls, book: Book, renderers: Renderers) -> BookServices:
        return cls(book, renderers)

    @cached_property
    def contacts(self) -> ContactService:
        from advisor_referrals.services.contacts.editing import ContactService

        return ContactService(self.book)

    @cached_property
    def contact_table(self) -> ContactTable:
        from advisor_referrals.services.contacts.client_table import ContactTable

        return ContactTable(self.book)

    @cached_property
    def settings(self) -> SettingsService:
        from advisor_referrals.services.settings import SettingsService

        return SettingsService(self.book)

    @cached_property
    def reviews(self) -> ReviewService:
        from advisor_referrals.services.reviews.booking import ReviewService

        return ReviewService(self.book)

    @cached_property
    def review_cadence(self) -> CadenceService:
        from advisor_referrals.services.reviews.cadence import CadenceService

        return CadenceService(self.book)

    @cached_property
    def review_lists(self) -> ReviewLists:
        from advisor_referrals.services.reviews.review_lists import ReviewLists

        return ReviewLists(self.book)

    @cached_property
    def today_reviews(self) -> TodayReviews:
        from advisor_referrals.services.reviews.today_reviews import TodayReviews

        return TodayReviews(self.book, self.review_lists)

    @cached_property
    def engagement(self) -> EngagementService:
        from advisor_referrals.services.contacts.segments import EngagementService

        return EngagementService(self.book, self.contacts)

    @cached_property
    def calendar_export(self) -> CalendarExport:
        from advisor_referrals.services.reviews.calendar_export import CalendarExport

        return CalendarExport(self.book, self.settings)

    @cached_property
    def metrics(self) -> MetricsService:
        from advisor_referrals.services.metrics.quarterly import MetricsService

        return MetricsService(self.book)

    @cached_property
    def kits(self) -> KitService:
        from advisor_referrals.services.kits import KitService

        return KitService(self.book, self.renderers.kit, self.renderers.missing_glyphs)

    @cached_property
    def quarterly_report(self) -> QuarterlyReportService:
        from advisor_referrals.services.quarterly_report import QuarterlyReportService

        return QuarterlyReportService(
            self.metrics, self.settings, self.renderers.report_formats, self.program_reporting
        )

    @cached_property
    def triggers(self) -> TriggerService:
        from advisor_referrals.services.triggers.trigger_log import TriggerService

        return TriggerService(self.book)

    @cached_property
    def trigger_kinds(self) -> TriggerKindService:
        from advisor_referrals.services.triggers.kind_library import TriggerKindService

        return TriggerKindService(self.book)

    @cached_property
    def referrals(self) -> ReferralService:
        from advisor_referrals.services.referrals.recording import ReferralService

        return ReferralService(self.book)

    @cached_property
    def referral_table(self) -> ReferralTable:
        from advisor_referrals.services.referrals.referral_lists import ReferralTable

        return ReferralTable(self.book)

    @cached_property
    def ask_list(self) -> AskListService:
        from advisor_referrals.services.referrals.ask_list import AskListService

        return AskListService(self.book, self.settings)

    @cached_property
    def asks(self) -> AskService:
        from advisor_referrals.services.asks.ask_log import AskService

        return AskService(self.book)

    @cached_property
    def coi(self) -> CoiService:
        from advisor_referrals.services.referrals.coi import CoiService

        return CoiService(self.book)

    @cached_property
    def compliance(self) -> ComplianceService:
        from advisor_referrals.services.referrals.compliance import ComplianceService

        return ComplianceService(self.book)

    @cached_property
    def thank_you(self) -> ThankYouService:
        from advisor_referrals.services.referrals.thank_you import ThankYouService

        return ThankYouService(self.book, self.settings, self.renderers.thank_you_note)

    @cached_property
    def audit_log(self) -> AuditLog:
        from advisor_referrals.services.audit.reading import AuditLog

        return AuditLog(self.book)

    @cached_property
    def safety(self) -> BookSafety:
        from advisor_referrals.services.safety.book_status import BookSafety

        return BookSafety(self.book)

    @cached_property
    def timeline(self) -> TimelineService:
        from advisor_referrals.services.contacts.timeline import TimelineService

        return TimelineService(self.book)

    # The referral program (docs/design.md, "Referral program")

    @cached_property
    def goals(self) -> GoalService:
        from advisor_referrals.services.program.goals import GoalService

        return GoalService(self.book, self.metrics)

    @cached_property
    def program_today(self) -> ProgramTodayService:
        from advisor_referrals.services.program.program_today import ProgramTodayService

        return ProgramTodayService(self.book, self.metrics)

    @cached_property
    def programs(self) -> ProgramService:
        from advisor_referrals.services.program.programs import ProgramService

        return ProgramService(self.book)

    @cached_property
    def rewards(self) -> RewardService:
        from advisor_referrals.services.program.rewards import RewardService

        return RewardService(self.book)

    @cached_property
    def events(self) -> EventService:
        from advisor_referrals.services.program.client_events import EventService

        return EventService(self.book, self.referrals)

    @cached_property
    def program_settings(self) -> ProgramSettings:
        from advisor_referrals.services.program.program_settings import ProgramSettings

        return ProgramSettings(self.settings)

    @cached_property
    def what_works(self) -> WhatWorksService:
        from advisor_referrals.services.program.what_works import WhatWorksService

        return WhatWorksService(self.book, self.program_settings)

    @cached_property
    def program_reporting(self) -> ProgramReporting:
        from advisor_referrals.services.program.program_report import ProgramReporting

        return ProgramReporting(self.goals, self.programs, self.events, self.what_works)

    @cached_property
    def program_plan(self) -> ProgramPlanService:
        from advisor_referrals.services.program.program_plan import ProgramPlanService

        return ProgramPlanService(
            self.settings,
            self.program_settings,
            self.programs,
            self.goals,
            self.ask_list,
            self.renderers.program_plan,
        )

    # A practice (docs/design.md, "A practice")

    @cached_property
    def practice(self) -> PracticeService:
        from advisor_referrals.services.practice.members import PracticeService

        return PracticeService(self.book)

    @cached_property
    def tasks(self) -> TaskService:
        from advisor_referrals.services.practice.tasks import TaskService

        return TaskService(self.book, self.practice)

    @cached_property
    def reassign(self) -> ReassignService:
        from advisor_referrals.services.practice.reassign import ReassignService

        return ReassignService(self.book, self.practice)
