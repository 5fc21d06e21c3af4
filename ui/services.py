"""What every window and tab of the app shares: the job runner, the render thread, review
settings and the token scanner (replaced by fakes in tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.token_status import TokenStatus, token_status
from ui.jobs import JobRunner
from ui.pdf_view.renderer import RenderService
from ui.review import ReviewSettings


@dataclass
class Services:
    jobs: JobRunner
    renderer: RenderService
    review: ReviewSettings = field(default_factory=ReviewSettings)
    token_scan: Callable[[], TokenStatus] | None = token_status  # None: no token polling

    def shutdown(self) -> None:
        """Cancel the jobs and stop the render thread (the app is quitting)."""
        self.jobs.shutdown()
        self.renderer.shutdown()
