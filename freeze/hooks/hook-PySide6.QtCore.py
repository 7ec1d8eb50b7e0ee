# Replaces PyInstaller's hook for PySide6.QtCore: the same, without Qt's own translations.
# The app loads no Qt translation files (its strings are its own), so the ~14 MB of
# qt_*.qm / qtbase_*.qm files would be dead weight.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [(src, dest) for src, dest in datas if not src.endswith(".qm")]
