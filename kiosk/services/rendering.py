"""Choosing Qt Quick's renderer: the GPU where there is one, the software renderer elsewhere.

Measured on a 2-core machine without a GPU: Qt Quick's software renderer crossfades two 1080p
photos at 60 fps with the GUI thread never more than 6 ms late, while OpenGL emulated on the CPU
(Mesa's llvmpipe, what a GPU-less X session offers) left it 58 ms late. So "auto" asks OpenGL who
would render and falls back to software when the answer is a CPU rasteriser.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext
from PySide6.QtQuick import QQuickWindow

GL_RENDERER = 0x1F01
CPU_RASTERISERS = ("llvmpipe", "softpipe", "swrast", "software rasterizer")
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc")


def opengl_renderer() -> str:
    """The OpenGL renderer string (e.g. 'llvmpipe (LLVM 15.0.6, 256 bits)'), or '' without OpenGL."""
    context = QOpenGLContext()
    if not context.create():
        return ""
    surface = QOffscreenSurface()
    surface.create()
    try:
        if not context.makeCurrent(surface):
            return ""
        name = context.functions().glGetString(GL_RENDERER)
        context.doneCurrent()
        return str(name or "")
    finally:
        surface.destroy()


def choose_renderer(preference: str = "auto") -> str:
    """Set the scene graph backend before any window exists; returns 'software' or 'gpu'."""
    platform = QGuiApplication.platformName()
    software = preference == "software" or platform in HEADLESS_PLATFORMS
    if preference == "auto" and not software:
        renderer = opengl_renderer().lower()
        software = not renderer or any(name in renderer for name in CPU_RASTERISERS)
    if software:
        # What setGraphicsApi(QSGRendererInterface.GraphicsApi.Software) does, without building
        # the Python types of QSGRendererInterface's six enums first (2 ms of the start). Once a
        # scene graph runs Qt warns at a second call: a process may choose twice (tests).
        if QQuickWindow.sceneGraphBackend() != "software":
            QQuickWindow.setSceneGraphBackend("software")
        return "software"
    return "gpu"


def software_renderer() -> bool:
    """Whether Qt Quick renders on the CPU here (as choose_renderer set it).

    VideoOutput draws its frames with a shader, which the software renderer cannot run: there the
    kiosk draws videos as images instead (videoframes.py).
    """
    # Not QQuickWindow.graphicsApi(): with the software backend it still answers OpenGL here.
    backend = QQuickWindow.sceneGraphBackend() or os.environ.get("QT_QUICK_BACKEND", "")
    return backend == "software"
