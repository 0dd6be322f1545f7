class Member < ApplicationRecord
  encrypts :email

  def label
    "member"
