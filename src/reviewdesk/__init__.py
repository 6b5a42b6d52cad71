"""reviewdesk: a review desk for copy editors."""

__version__ = "0.1.0"
APP_ID = "io.github.reviewdesk.ReviewDesk"
APP_NAME = "reviewdesk"
