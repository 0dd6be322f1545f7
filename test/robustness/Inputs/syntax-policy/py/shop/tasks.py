def send_reminders(leads):
    for lead in leads:
        print(lead.email,, "reminded")
