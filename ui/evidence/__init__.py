"""Photos and videos of an order: the strip, the gallery and its viewer, attaching,
thumbnails, the trash and the case pack."""
