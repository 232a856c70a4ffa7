"""Photos and videos of an order: the strip, the gallery, attaching, thumbnails, the trash and the case pack."""
