"""Policy reports on the ESS graph (HTML or PDF), every statement cited."""
from .build import ReportStats, build_report

__all__ = ["ReportStats", "build_report"]
