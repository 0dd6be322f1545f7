import os

FERNET_KEY = os.environ["VAULT_FERNET_KEY"]
AES_KEY = os.environ["VAULT_AES_KEY"]
