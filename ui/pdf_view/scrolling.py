"""Smooth vertical scrolling for the page view: wheel notches and keys glide, touchpads follow.

A short ease-out animation moves the scroll bar; a second notch while one glides extends the
same glide (the targets add up), so fast wheel spinning never stutters or lags behind.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QVariantAnimation
from PySide6.QtWidgets import QScrollBar

WHEEL_STEP = 40  # pixels per wheel line
SCROLL_MS = 160


class SmoothScroller(QObject):
    """Animates one scroll bar."""

    def __init__(self, bar: QScrollBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bar = bar
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(SCROLL_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(lambda v: bar.setValue(int(v)))

    @property
    def running(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    @property
    def target(self) -> int:
        """Where the glide ends (the current value when not gliding)."""
        return int(self._animation.endValue()) if self.running else self._bar.value()

    def stop(self) -> None:
        self._animation.stop()

    def scroll_by(self, delta: int) -> None:
        """Glide ``delta`` pixels further than the current glide's end."""
        self.scroll_to(self.target + delta)

    def scroll_to(self, target: int) -> None:
        """Glide to ``target`` (clamped to the bar's range)."""
        bar = self._bar
        target = max(bar.minimum(), min(bar.maximum(), target))
        self._animation.stop()
        self._animation.setStartValue(bar.value())
        self._animation.setEndValue(target)
        self._animation.start()
