__version__ = "0.0.1"

def __getattr__(name):
    "`from ultimus_fastai import *` is `from ultimus_fastai.all import *`; `import ultimus_fastai` alone stays light"
    if name!='__all__': raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import all as m
    names = m.__all__
    globals().update({k:getattr(m, k) for k in names})
    return names
