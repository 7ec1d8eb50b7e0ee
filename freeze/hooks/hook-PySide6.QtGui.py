# Replaces PyInstaller's hook for PySide6.QtGui: the same, minus plugins a desktop
# widgets app never loads. Dropping them here (not after Analysis) also keeps out the
# libraries only they link, e.g. the GTK stack of the gtk3 platform theme.
import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

DROPPED_PLUGIN_FOLDERS = {"egldeviceintegrations", "generic"}
DROPPED_PLUGINS = {
    # platforms for embedded devices and remote framebuffers (Windows: direct2d is an
    # optional alternative to the qwindows plugin the app uses)
    "platforms": ("qvnc", "qlinuxfb", "qeglfs", "qminimalegl", "qvkkhrdisplay", "qdirect2d"),
    # links GTK, Pango, Cairo and ATK, which would then be bundled next to the system's
    "platformthemes": ("qgtk3",),
    # image formats the app neither reads nor writes (PNG is built into Qt)
    "imageformats": ("qtga", "qtiff", "qwbmp", "qwebp", "qpdf", "qicns", "qmacheif", "qmacjp2"),
}


def _plugin_name(path):
    name = os.path.basename(path).split(".")[0]
    return name[3:] if name.startswith("lib") else name


def _keep(src, dest):
    folder = os.path.basename(os.path.normpath(dest))
    if folder in DROPPED_PLUGIN_FOLDERS:
        return False
    return _plugin_name(src) not in DROPPED_PLUGINS.get(folder, ())


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _keep(src, dest)]
