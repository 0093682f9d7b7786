from redash import create_app

app = create_app()
