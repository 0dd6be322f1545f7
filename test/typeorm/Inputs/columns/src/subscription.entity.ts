import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm'

@Entity({ name: 'subscription_events' })
export class SubscriptionEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string

  // The property is called username, the column says what it holds.
  @Column({ name: 'user_email', length: 255 })
  username: string

  // Both say the same: one category, no column evidence.
  @Column({ name: 'contact_phone' })
  contactPhone: string

  // A column name that holds nothing personal changes nothing.
  @Column({ name: 'plan_name' })
  plan: string

  @Column({ name: 'email_verified' })
  verified: boolean
}
