"""The evidence locker's file side, without Qt: what a file is (``inspect``, ``video``,
``heic``), where it is kept (``store``), the pictures made from it (``thumbs``, ``upload``)
and the case pack's PDF (``pdf``). The use cases are in ``app.services.evidence``."""
