"""What the Telegram channel itself says (everything else comes from the conversation core)."""

GROUP_ONLY_PRIVATE = (
    "Je réponds uniquement en conversation privée, pour protéger vos données. "
    "Écrivez-moi directement en cliquant sur mon nom."
)
UNSUPPORTED = (
    "Je ne sais lire que les messages écrits. Posez votre question en quelques mots, "
    "ou tapez /aide pour voir ce que je sais faire."
)
EDITED = (
    "J'ai vu que vous avez modifié un message. Je ne relis pas les messages modifiés : "
    "envoyez plutôt votre question corrigée dans un nouveau message."
)
TECHNICAL_ERROR = (
    "Désolé, un problème technique m'empêche de vous répondre pour le moment. "
    "Réessayez dans quelques minutes ; si c'est urgent, contactez directement la mairie."
)
STAFF_ERROR = "Erreur technique dans le bot : {kind}. Consultez le journal du serveur pour le détail."
STAFF_NOT_MEMBER = "Seuls les membres de ce groupe peuvent répondre aux habitants."
STAFF_UNKNOWN = "Je ne retrouve pas la demande liée à ce message : répondez directement au message du bot."
STAFF_SENT = "Réponse transmise à l'habitant ({reference})."
STAFF_BUSY = (
    "La base de la mairie est en cours de mise à jour (import) : votre réponse n'a pas été transmise. "
    "Renvoyez-la dans une minute."
)
STAFF_QUEUED = "Réponse enregistrée ({reference}) ; elle sera envoyée à l'habitant dès que possible."
STAFF_PHOTO = "Photo jointe au {reference}"
FEEDBACK_UP = "👍"
FEEDBACK_DOWN = "👎"
