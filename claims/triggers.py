"""Database triggers kept on both databases the project runs on, PostgreSQL and SQLite."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Triggers:
    """Triggers kept on both databases: PostgreSQL's as the SQL that installs and removes them,
    SQLite's as each trigger's name and the rest of its CREATE TRIGGER statement."""

    postgres_install: str
    postgres_remove: str
    sqlite: dict[str, str]

    def install(self, connection) -> None:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(self.postgres_install)
            elif connection.vendor == "sqlite":
                for name, body in self.sqlite.items():
                    cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")

    def remove(self, connection) -> None:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(self.postgres_remove)
            elif connection.vendor == "sqlite":
                for name in self.sqlite:
                    cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
