import type { Locale } from '../../../db/schema';
import type { NotificationType } from './notification-types';

/**
 * What each placeholder of a text is and where it comes from in the notification's data (the first key
 * present wins): `title` is a listing's title, `amount` money in minor units, `date` an ISO instant
 * shown in the user's time zone, `count` a number, `name` a short label (a saved search's name).
 */
export type ParamKind = 'text' | 'money' | 'date' | 'count';
export interface ParamSource {
  kind: ParamKind;
  keys: readonly string[];
}

const title: ParamSource = { kind: 'text', keys: ['listing_title', 'title'] };
const amount: ParamSource = { kind: 'money', keys: ['amount', 'new_price', 'refunded', 'price'] };
const deadline: ParamSource = { kind: 'date', keys: ['deadline', 'ship_by', 'seller_response_due_at', 'ends_at'] };
const count: ParamSource = { kind: 'count', keys: ['count'] };
const name: ParamSource = { kind: 'text', keys: ['name'] };

export interface NotificationText {
  /** The placeholders its texts may use, and where each comes from. */
  params: Partial<Record<'title' | 'amount' | 'deadline' | 'count' | 'name', ParamSource>>;
  text: Record<Locale, { title: string; body: string }>;
}

/** The words of every type in every language we send (i18next syntax: `{{placeholder}}`). */
export const NOTIFICATION_TEXTS: Record<NotificationType, NotificationText> = {
  'message.received': {
    params: { title },
    text: {
      en: { title: 'New message', body: 'You have a new message about “{{title}}”.' },
      fr: { title: 'Nouveau message', body: 'Vous avez un nouveau message à propos de « {{title}} ».' },
    },
  },
  'offer.received': {
    params: { title, amount },
    text: {
      en: { title: 'New offer', body: 'You received an offer of {{amount}} for “{{title}}”.' },
      fr: { title: 'Nouvelle offre', body: 'Vous avez reçu une offre de {{amount}} pour « {{title}} ».' },
    },
  },
  'offer.countered': {
    params: { title, amount },
    text: {
      en: { title: 'Counter-offer', body: 'Your offer for “{{title}}” was countered at {{amount}}.' },
      fr: { title: 'Contre-offre', body: 'Votre offre pour « {{title}} » a reçu une contre-offre à {{amount}}.' },
    },
  },
  'offer.accepted': {
    params: { title, amount },
    text: {
      en: { title: 'Offer accepted', body: 'Your offer of {{amount}} for “{{title}}” was accepted.' },
      fr: { title: 'Offre acceptée', body: 'Votre offre de {{amount}} pour « {{title}} » a été acceptée.' },
    },
  },
  'offer.declined': {
    params: { title },
    text: {
      en: { title: 'Offer declined', body: 'Your offer for “{{title}}” was declined.' },
      fr: { title: 'Offre refusée', body: 'Votre offre pour « {{title}} » a été refusée.' },
    },
  },
  'offer.expired': {
    params: { title },
    text: {
      en: { title: 'Offer expired', body: 'The offer for “{{title}}” expired without an answer.' },
      fr: { title: 'Offre expirée', body: 'L’offre pour « {{title}} » a expiré sans réponse.' },
    },
  },
  'offer.withdrawn': {
    params: { title },
    text: {
      en: { title: 'Offer withdrawn', body: 'The offer for “{{title}}” was withdrawn.' },
      fr: { title: 'Offre retirée', body: 'L’offre pour « {{title}} » a été retirée.' },
    },
  },
  'order.paid': {
    params: { title, amount, deadline },
    text: {
      en: { title: 'Sold! Time to ship', body: '“{{title}}” was paid ({{amount}}). Ship it by {{deadline}}.' },
      fr: { title: 'Vendu ! À expédier', body: '« {{title}} » a été payé ({{amount}}). Expédiez-le avant le {{deadline}}.' },
    },
  },
  'order.shipped': {
    params: { title },
    text: {
      en: { title: 'Your order is on its way', body: '“{{title}}” has been shipped.' },
      fr: { title: 'Votre commande est en route', body: '« {{title}} » a été expédié.' },
    },
  },
  'order.delivered': {
    params: { title },
    text: {
      en: { title: 'Order delivered', body: '“{{title}}” was delivered. Check it and complete the order.' },
      fr: { title: 'Commande livrée', body: '« {{title}} » a été livré. Vérifiez-le et finalisez la commande.' },
    },
  },
  'order.completed': {
    params: { title },
    text: {
      en: { title: 'Order completed', body: 'The order for “{{title}}” is complete.' },
      fr: { title: 'Commande terminée', body: 'La commande de « {{title}} » est terminée.' },
    },
  },
  'order.cancelled': {
    params: { title },
    text: {
      en: { title: 'Order cancelled', body: 'The order for “{{title}}” was cancelled.' },
      fr: { title: 'Commande annulée', body: 'La commande de « {{title}} » a été annulée.' },
    },
  },
  'order.refunded': {
    params: { title, amount },
    text: {
      en: { title: 'Order refunded', body: 'The order for “{{title}}” was refunded ({{amount}}).' },
      fr: { title: 'Commande remboursée', body: 'La commande de « {{title}} » a été remboursée ({{amount}}).' },
    },
  },
  'order.ship_by_reminder': {
    params: { title, deadline },
    text: {
      en: { title: 'Ship your sale soon', body: 'Ship “{{title}}” by {{deadline}} or the order is cancelled and refunded.' },
      fr: { title: 'Expédiez votre vente', body: 'Expédiez « {{title}} » avant le {{deadline}}, sinon la commande sera annulée et remboursée.' },
    },
  },
  'order.confirm_by_reminder': {
    params: { title, deadline },
    text: {
      en: { title: 'Did your order arrive?', body: 'Confirm delivery of “{{title}}” or open a dispute by {{deadline}}; after that it counts as delivered.' },
      fr: {
        title: 'Votre commande est-elle arrivée ?',
        body: 'Confirmez la réception de « {{title}} » ou ouvrez un litige avant le {{deadline}} ; ensuite, elle sera considérée comme livrée.',
      },
    },
  },
  'dispute.response_reminder': {
    params: { deadline },
    text: {
      en: { title: 'Answer the dispute', body: 'Answer the buyer’s dispute by {{deadline}}, or it is decided for the buyer with a full refund.' },
      fr: { title: 'Répondez au litige', body: 'Répondez au litige de l’acheteur avant le {{deadline}}, sinon il sera tranché en sa faveur avec un remboursement complet.' },
    },
  },
  'dispute.evidence_reminder': {
    params: { deadline },
    text: {
      en: { title: 'Evidence closes soon', body: 'Add your evidence to the dispute by {{deadline}}.' },
      fr: { title: 'Fin des preuves bientôt', body: 'Ajoutez vos preuves au litige avant le {{deadline}}.' },
    },
  },
  'dispute.opened': {
    params: { deadline },
    text: {
      en: { title: 'Dispute opened', body: 'A dispute was opened on your order. The seller has until {{deadline}} to answer.' },
      fr: { title: 'Litige ouvert', body: 'Un litige a été ouvert sur votre commande. Le vendeur a jusqu’au {{deadline}} pour répondre.' },
    },
  },
  'dispute.seller_responded': {
    params: {},
    text: {
      en: { title: 'The seller answered', body: 'The seller answered your dispute.' },
      fr: { title: 'Le vendeur a répondu', body: 'Le vendeur a répondu à votre litige.' },
    },
  },
  'dispute.resolved': {
    params: { amount },
    text: {
      en: { title: 'Dispute resolved', body: 'The dispute was resolved. Refunded: {{amount}}.' },
      fr: { title: 'Litige résolu', body: 'Le litige a été résolu. Remboursé : {{amount}}.' },
    },
  },
  'payout.sent': {
    params: { amount },
    text: {
      en: { title: 'Payout sent', body: 'We sent you {{amount}}.' },
      fr: { title: 'Virement envoyé', body: 'Nous vous avons versé {{amount}}.' },
    },
  },
  'payout.failed': {
    params: { amount },
    text: {
      en: { title: 'Payout failed', body: 'Your payout of {{amount}} failed. Check your payout details.' },
      fr: { title: 'Échec du virement', body: 'Votre virement de {{amount}} a échoué. Vérifiez vos coordonnées bancaires.' },
    },
  },
  'review.received': {
    params: {},
    text: {
      en: { title: 'New review', body: 'You received a review on a completed order. It shows once the other party has reviewed too, or when the review window closes.' },
      fr: {
        title: 'Nouvel avis',
        body: 'Vous avez reçu un avis sur une commande terminée. Il s’affichera quand l’autre partie aura aussi laissé un avis, ou à la fin de la période d’avis.',
      },
    },
  },
  'listing.approved': {
    params: { title },
    text: {
      en: { title: 'Listing approved', body: '“{{title}}” is live.' },
      fr: { title: 'Annonce approuvée', body: '« {{title}} » est en ligne.' },
    },
  },
  'listing.changes_requested': {
    params: { title },
    text: {
      en: { title: 'Changes requested', body: 'Our moderators asked for changes to “{{title}}”.' },
      fr: { title: 'Modifications demandées', body: 'Nos modérateurs demandent des modifications à « {{title}} ».' },
    },
  },
  'listing.rejected': {
    params: { title },
    text: {
      en: { title: 'Listing rejected', body: '“{{title}}” was rejected by our moderators.' },
      fr: { title: 'Annonce refusée', body: '« {{title}} » a été refusée par nos modérateurs.' },
    },
  },
  'report.resolved': {
    params: {},
    text: {
      en: { title: 'Your report was reviewed', body: 'Thank you: our moderators reviewed your report and took a decision.' },
      fr: { title: 'Votre signalement a été examiné', body: 'Merci : nos modérateurs ont examiné votre signalement et pris une décision.' },
    },
  },
  'listing.price_dropped': {
    params: { title, amount },
    text: {
      en: { title: 'Price drop', body: '“{{title}}” is now {{amount}}.' },
      fr: { title: 'Baisse de prix', body: '« {{title}} » est maintenant à {{amount}}.' },
    },
  },
  'saved_search.matched': {
    params: { name, count },
    text: {
      en: { title: 'New matches', body: '{{count}} new listings match “{{name}}”.' },
      fr: { title: 'Nouveaux résultats', body: '{{count}} nouvelles annonces correspondent à « {{name}} ».' },
    },
  },
  'auction.outbid': {
    params: { title, amount },
    text: {
      en: { title: 'You were outbid', body: 'Someone bid {{amount}} on “{{title}}”.' },
      fr: { title: 'Vous avez été surenchéri', body: 'Quelqu’un a enchéri {{amount}} sur « {{title}} ».' },
    },
  },
  'auction.won': {
    params: { title, amount, deadline },
    text: {
      en: { title: 'You won!', body: 'You won “{{title}}” at {{amount}}. Pay by {{deadline}}.' },
      fr: { title: 'Vous avez gagné !', body: 'Vous avez remporté « {{title}} » à {{amount}}. Payez avant le {{deadline}}.' },
    },
  },
  'auction.lost': {
    params: { title },
    text: {
      en: { title: 'Auction ended', body: 'The auction for “{{title}}” ended; you were not the winner.' },
      fr: { title: 'Enchère terminée', body: 'L’enchère pour « {{title}} » est terminée ; vous ne l’avez pas remportée.' },
    },
  },
  'auction.ended': {
    params: { title, amount },
    text: {
      en: { title: 'Your auction ended', body: 'The auction for “{{title}}” ended at {{amount}}.' },
      fr: { title: 'Votre enchère est terminée', body: 'L’enchère pour « {{title}} » s’est terminée à {{amount}}.' },
    },
  },
  'auction.second_chance': {
    params: { title, amount, deadline },
    text: {
      en: { title: 'A second chance', body: 'The winner did not pay: “{{title}}” is yours at {{amount}} if you pay by {{deadline}}.' },
      fr: { title: 'Une seconde chance', body: 'Le gagnant n’a pas payé : « {{title}} » est à vous à {{amount}} si vous payez avant le {{deadline}}.' },
    },
  },
  'security.new_login': {
    params: {},
    text: {
      en: { title: 'New sign-in', body: 'Your account was signed in to from a new device. If it was not you, change your password now.' },
      fr: { title: 'Nouvelle connexion', body: 'Votre compte a été ouvert depuis un nouvel appareil. Si ce n’était pas vous, changez votre mot de passe.' },
    },
  },
  'security.password_changed': {
    params: {},
    text: {
      en: { title: 'Password changed', body: 'Your password was changed. If it was not you, reset it now.' },
      fr: { title: 'Mot de passe modifié', body: 'Votre mot de passe a été modifié. Si ce n’était pas vous, réinitialisez-le.' },
    },
  },
  'security.two_factor_changed': {
    params: {},
    text: {
      en: { title: 'Two-step verification changed', body: 'The two-step verification of your account was changed.' },
      fr: { title: 'Validation en deux étapes modifiée', body: 'La validation en deux étapes de votre compte a été modifiée.' },
    },
  },
  'security.email_changed': {
    params: {},
    text: {
      en: { title: 'E-mail address changed', body: 'The e-mail address of your account was changed.' },
      fr: { title: 'Adresse e-mail modifiée', body: 'L’adresse e-mail de votre compte a été modifiée.' },
    },
  },
};
