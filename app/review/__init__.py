"""Review output for people: the PDF report (Chinese or English) on the engine's verdicts."""

from app.review.report_pdf import write_report

__all__ = ["write_report"]
