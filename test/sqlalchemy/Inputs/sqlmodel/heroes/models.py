from typing import Optional

from pydantic import EmailStr
from sqlmodel import Field, Relationship, SQLModel


class TeamBase(SQLModel):
    """A data model, not a table: its fields are the tables' that derive from it."""

    name: str = Field(index=True)
    contact_email: EmailStr


class Team(TeamBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    heroes: list["Hero"] = Relationship(back_populates="team")


class TeamCreate(TeamBase):
    pass


class Hero(SQLModel, table=True):
    __tablename__ = "heroes"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    phone: Optional[str] = None
    team_id: Optional[int] = Field(default=None, foreign_key="team.id")
    team: Optional[Team] = Relationship(back_populates="heroes")
