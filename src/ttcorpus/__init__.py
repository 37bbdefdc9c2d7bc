"""ttcorpus: clean scraped Vietnamese news into lossless JSONL and extract
dates, people, agencies and numbered document references."""

__version__ = "0.1.0"
