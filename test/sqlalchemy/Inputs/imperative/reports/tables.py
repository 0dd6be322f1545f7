"""Tables declared imperatively with Table(...)."""
from sqlalchemy import Column, Integer, MetaData, String, Table, Text

metadata_obj = MetaData()

mailing_list = Table(
    "mailing_list",
    metadata_obj,
    Column("id", Integer, primary_key=True),
    Column("subscriber_email", String(255), nullable=False),
    Column("unsubscribed", Integer),
    schema="marketing",
)

shipping_labels = Table(
    "shipping_labels",
    metadata_obj,
    Column("id", Integer, primary_key=True),
    Column("recipient_phone", String(32)),  # privlint:encrypted
    Column("address", Text),
)
