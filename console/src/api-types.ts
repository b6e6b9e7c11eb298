// Generated from the API's OpenAPI document by `npm run openapi:types` (openapi-typescript). Do not edit.

export interface paths {
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account and mail a verification link to it; then sign in with POST /v1/auth/login. The answer is the same whether or not the address already has an account (its owner is mailed instead), so it reveals nothing. An optional X-Device-Id header is stored hashed, to spot accounts sharing a device. */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password (optional X-Device-Id header as at registration). With two-step verification on, the answer is a 202 challenge: finish with POST /v1/auth/login/2fa and a code. */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/console-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a staff member in to the console. Sets two SameSite=Strict cookies (with the __Host- prefix and Secure over HTTPS): agora_session (HttpOnly, the session) and agora_csrf, whose value unsafe requests made with the cookie must echo in X-CSRF-Token, from the same origin. The token is never in the body. Sessions last CONSOLE_SESSION_TTL_HOURS. With two-step verification on, the answer is a 202 challenge: finish with POST /v1/auth/console-session/2fa and a code. */
        post: operations["createConsoleSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the current session (bearer token or console cookie) and delete the console cookies */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, with staff permissions */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /** Delete your account (step-up first: POST /v1/auth/step-up). Refused while an order or dispute is open, money is in escrow or on your balance, or a payout is under way, and for staff accounts. Your personal data is erased, your listings closed and every session ended; orders, ledger lines, reviews, the audit trail and fraud records stay, under the name "Deleted user". A confirmation is mailed to your address. */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        /** Change your display name or the language we mail you in */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow a mailed link: its token verifies the account’s address, or (after POST /v1/me/email) moves the account to the new address, whose old one is then alerted. Each token works once, within EMAIL_VERIFICATION_TTL_HOURS. */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a new verification link to the account’s address; earlier links stop working */
        post: operations["resendVerificationEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a link to choose a new password (valid PASSWORD_RESET_TTL_MINUTES) if the address has an account. The answer, and its timing, are the same whether or not it has one. */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the mailed token (the registration policy applies). Every session of the account is signed out, the address counts as verified, failed sign-ins are forgotten, and the owner is alerted. Then sign in with POST /v1/auth/login. */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (the current one is required; the registration policy applies to the new one). Every other session is signed out. */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the account to a new address (needs step-up, POST /v1/auth/step-up): a link is mailed to the new address, and the account moves when it is followed (POST /v1/auth/verify-email); the current address is told of the request. The answer is the same whether or not the new address already has an account. */
        post: operations["changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your signed-in sessions: device, network, when opened and last used */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        /** Sign out everywhere: every session of the account ends, this one included; you are alerted by mail */
        delete: operations["signOutEverywhere"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign one of your sessions out (this one too: the console cookies are then deleted) */
        delete: operations["revokeMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your latest 50 security events (sign-ins from new devices, password and email changes, sign-outs everywhere…), newest first */
        get: operations["listMySecurityEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a copy of everything we hold about you (profile, payout details, listings, orders, messages, reviews, ledger lines, security events, sessions) as a zip of JSON files. It is built in the background: poll GET /v1/me/exports/{id}, then download it. While one is being built, asking again returns it. */
        post: operations["requestDataExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where one of your data exports stands */
        get: operations["getDataExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a ready data export: a zip with one JSON file per kind of data and a README.txt describing them */
        get: operations["downloadDataExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/oidc/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OpenID Connect providers one can sign in with (OIDC_PROVIDERS) */
        get: operations["listOidcProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/oidc/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open in the browser to sign in (or sign up) with a provider: redirects to its authorization page (PKCE S256, state, nonce; the attempt lasts 10 minutes, once) and sets a cookie binding the attempt to this browser. The provider sends the browser back to the callback, which redirects to return_to with a login_code. */
        get: operations["startOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/oidc/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's redirect URI (`${API_URL}/v1/auth/oidc/{provider}/callback`). Signing in: redirects to return_to with `login_code` (single-use, 60 seconds; trade it at POST /v1/auth/oidc/exchange: no session token ever travels in a URL). A new identity whose email the provider verified, and which no account uses, opens an account. Linking: redirects to return_to with `link_code` (single-use, 60 seconds), which the app, signed in as the user who started the link, confirms at POST /v1/me/oidc/link/confirm. */
        get: operations["completeOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/oidc/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade the login_code the callback handed to the app for a session (once, within 60 seconds; the session starts stepped up), or, for an account with two-step verification, a challenge */
        post: operations["exchangeOidcLoginCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The providers linked to my account */
        get: operations["listMyOidcIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/oidc/{provider}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start linking a provider to my account (after step-up): open authorization_url in the browser; the callback redirects to return_to with `link_code`, which this account confirms at POST /v1/me/oidc/link/confirm (so a link URL sent to someone else links nothing). */
        post: operations["linkOidcProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/oidc/link/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link the provider identity the callback holds for my account (its `link_code`, once, within 60 seconds). A security alert is mailed. */
        post: operations["confirmOidcLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/oidc/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink a provider from my account (after step-up); refused when it is the only way in. A security alert is mailed. */
        delete: operations["unlinkOidcProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether two-step verification (TOTP) is on, and how many recovery codes are left */
        get: operations["getMyTwoFactor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/2fa/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start turning on two-step verification: a new authenticator secret (otpauth URI and QR code), pending until POST /v1/me/2fa/totp/confirm. Starting again while pending replaces the secret. Needs a recent step-up. */
        post: operations["enrolTotp"];
        /** Turn two-step verification off with a code from the app or a recovery code; needs a recent step-up. The recovery codes go too. */
        delete: operations["disableTotp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/2fa/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-step verification on with the first code from the app; answers ten single-use recovery codes, shown this once */
        post: operations["confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/2fa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ten new recovery codes for a current code from the app; the earlier codes stop working. Needs a recent step-up. */
        post: operations["regenerateRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/step-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prove it is you again on this session, before a sensitive change (payouts, payout details, email, two-step verification, deleting the account): the password, or with two-step verification on a code from the app or a recovery code (the password alone is then refused). It holds for STEP_UP_MINUTES (10 by default). */
        post: operations["stepUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The second step of signing in with two-step verification: the challenge POST /v1/auth/login answered, and a code from the app or a recovery code */
        post: operations["completeLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/console-session/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The second step of a console sign-in with two-step verification: sets the session cookies as POST /v1/auth/console-session does */
        post: operations["completeConsoleSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree: names (English or French), slugs and the attributes a listing in each category takes (cacheable; If-None-Match answers 304) */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/categories/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The three likeliest categories for a listing’s title (and description), from a text classifier */
        post: operations["suggestCategories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search active listings: text (stems, accents, typos), filters, five sorts, facets; signed in, without those of sellers who blocked you */
        get: operations["searchListings"];
        put?: never;
        /** Put an item up for sale (a new seller’s or a flagged listing waits for review), or keep it as a draft */
        post: operations["createListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One listing (never one under review or removed, nor, signed in, one whose seller blocked you) */
        get: operations["getListing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit your listing; a listing sent back for changes returns to review */
        patch: operations["updateListing"];
        trace?: never;
    };
    "/v1/listings/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put your draft on the market, through the same review as a new listing */
        post: operations["publishListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take your listing off the market (or out of the review queue); relist it later */
        post: operations["withdrawListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/relist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put your withdrawn listing back on the market, reviewed again like a new one */
        post: operations["relistListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/mark-sold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark your listing as sold elsewhere (not while a buyer’s order holds it) */
        post: operations["markListingSold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/price-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every price a listing had, oldest first (for a listing you may see, or your own) */
        get: operations["getListingPriceHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your listings in every status, with the moderator’s note */
        get: operations["listMyListings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A seller’s active listings, newest first (none when, signed in, the seller blocked you) */
        get: operations["listUserListings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add photos to your listing: multipart/form-data, one or more files in `files` (JPEG, PNG, WebP or AVIF; at most 10 per request, 15 MB and 40 megapixels each, 20 per listing). Each is re-encoded to WebP at 200, 640 and 1280 px without its metadata (EXIF, GPS); a photo matching another seller's or judged unsafe holds the listing for review */
        post: operations["addListingImages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/images/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put your listing’s photos in a new order (the first is the cover) */
        put: operations["reorderListingImages"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/images/{imageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a photo from your listing (the next becomes the cover if it was the cover) */
        delete: operations["deleteListingImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/media/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A listing photo variant (WebP). Its key is its content’s hash: cache it forever (ready for a CDN); If-None-Match answers 304. A photo of a listing under review or removed is served only to its seller and staff, uncached */
        get: operations["getMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/favourites/{listing_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Favourite a listing (again: no change); you are alerted when its price drops */
        put: operations["favouriteListing"];
        post?: never;
        /** Remove a listing from your favourites (not there: no change) */
        delete: operations["unfavouriteListing"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/favourites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your favourites, newest first; one no longer available to you is kept with `listing: null` */
        get: operations["listMyFavourites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/saved-searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved searches, newest first */
        get: operations["listMySavedSearches"];
        put?: never;
        /** Save a search: new listings that match it are notified, at most once an hour per search */
        post: operations["saveSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/saved-searches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your saved searches (its pending alerts go with it) */
        delete: operations["deleteSavedSearch"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My orders as buyer or seller, newest first */
        get: operations["listOrders"];
        put?: never;
        /** Start buying a listing (reserves it) */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my orders, with where it ships to */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every status change of one of my orders */
        get: operations["getOrderHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark as shipped (seller); the tracking number must suit the carrier where we know its formats */
        post: operations["shipOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/confirm-delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the item arrived (buyer) */
        post: operations["confirmOrderDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the item (buyer); the seller’s money settles after the payout hold */
        post: operations["completeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel before shipping (either party); releases the listing and refunds a paid order in full */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All orders with risk data, newest first (never the caller’s own) */
        get: operations["adminListOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/auction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sell your active listing by auction, in its currency: a start price, an optional hidden reserve, a duration (1–240 h) or an end, an optional later start. From then on the listing cannot be bought directly or edited until the auction ends; unsold, it returns to the market at its fixed price. */
        post: operations["createAuction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auctions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An auction: current price, bid count, the leader’s pseudonym, the end, whether the reserve is met (its amount for the seller alone) */
        get: operations["getAuction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auctions/{id}/bids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The auction’s accepted bids, newest first: bidder pseudonyms and the price after each bid (maximums stay secret) */
        get: operations["listAuctionBids"];
        put?: never;
        /** Bid your maximum: the platform bids for you one increment at a time up to it (the price is the second-highest maximum plus one increment). A leader may raise their maximum. A bid in the last minutes extends the end. */
        post: operations["placeBid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/bids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The auctions you bid on, by your latest bid, newest first */
        get: operations["listMyBids"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers on a listing, newest first: every buyer’s for its seller, your own for a buyer */
        get: operations["listListingOffers"];
        put?: never;
        /** Offer a price below a listing’s (buyer); the seller may accept, decline or counter */
        post: operations["makeOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers I made (role=buyer) or received on my listings (role=seller), newest first */
        get: operations["listMyOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my offers with its history */
        get: operations["getOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offers/{id}/counter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose another amount (the awaited party); the other party’s turn follows */
        post: operations["counterOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the amount on the table (the awaited party): opens the order at that price, reserved for the buyer */
        post: operations["acceptOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offers/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the amount on the table (the awaited party); the negotiation ends */
        post: operations["declineOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offers/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open offer (buyer, whoever’s turn it is) */
        post: operations["withdrawOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/refund-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refund proposals on one of my orders, oldest first */
        get: operations["listRefundProposals"];
        put?: never;
        /** Propose a partial refund (either party); the other party accepts or declines */
        post: operations["proposeRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/refund-proposals/{proposal_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the other party’s refund proposal: the amount goes back to the buyer’s payment */
        post: operations["acceptRefundProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/refund-proposals/{proposal_id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the other party’s refund proposal */
        post: operations["declineRefundProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/refund-proposals/{proposal_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my own open refund proposal */
        post: operations["withdrawRefundProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay for an order (buyer), giving where it ships (an address, or a saved one). Risk-scored: step-up asks for a verified email and 3-D Secure, review holds the seller funds, block refuses the payment. */
        post: operations["payOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved shipping addresses, oldest first (at most 10) */
        get: operations["listMyAddresses"];
        put?: never;
        /** Save a shipping address to pick at payment (stored encrypted) */
        post: operations["saveMyAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a saved address (orders keep the copy they were paid with) */
        delete: operations["deleteMyAddress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My balances per currency: pending (in escrow) and available */
        get: operations["getMyBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My payouts, newest first */
        get: operations["listMyPayouts"];
        put?: never;
        /** Pay out part of my available balance (minimum amount applies; frozen accounts refused); needs a recent step-up (POST /v1/auth/step-up) */
        post: operations["requestPayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/payout-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set automatic payouts: manual (on request only), daily or weekly; needs a recent step-up (POST /v1/auth/step-up) */
        post: operations["setPayoutSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/fraud-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fraud case queue (payment-time and stream cases), newest first; inbox=unassigned (not snoozed) | mine | all; source=payment | stream */
        get: operations["adminListFraudCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/fraud-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One fraud case with its order (payment cases) or its evidence (stream cases); 404 to its subject and the parties to its order; every view is audited */
        get: operations["adminGetFraudCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/fraud-cases/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear a case (release held funds) or confirm fraud (refund the case order, cancel or refund the subject’s other open orders, suspend the subject, freeze their payouts); closing_label is optional and confirm_fraud without one is labelled other */
        post: operations["adminDecideFraudCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/fraud-cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign an open case to a staff member who may decide it, or unassign it with null */
        post: operations["adminAssignFraudCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/fraud-cases/{id}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide an open case from the unassigned inbox until a time at most 30 days ahead */
        post: operations["adminSnoozeFraudCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/fraud-cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Append a note to a case (open or closed); notes are never edited */
        post: operations["adminAddFraudCaseNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/fraud-cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event linked to a case, oldest first: notes, audit entries, order status history, payment attempts */
        get: operations["adminGetFraudCaseTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/metrics/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders paid and GMV per bucket and currency (from ClickHouse) */
        get: operations["adminGetSalesMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/realtime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open the real-time WebSocket: send Upgrade: websocket; `cursor` resumes after the last one received (README: frames, cursors, close codes) */
        get: operations["openRealtimeSocket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/realtime/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The real-time stream as Server-Sent Events, for clients that cannot open a WebSocket: send Accept: text/event-stream; resume with Last-Event-ID or `cursor`; watch `topics` (README: real-time protocol) */
        get: operations["openRealtimeEventStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your legal name, address and phone */
        get: operations["getMyProfile"];
        /** Set your legal name, address and phone (stored encrypted) */
        put: operations["setMyProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/payout-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your payout account, IBAN masked */
        get: operations["getMyPayoutDetails"];
        /** Set your payout account (stored encrypted); needs a recent step-up (POST /v1/auth/step-up) */
        put: operations["setMyPayoutDetails"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/identity-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your submitted identity documents (metadata, never content) */
        get: operations["listMyIdentityDocuments"];
        put?: never;
        /** Submit an identity document (PDF, JPEG or PNG, at most 5 MB; stored encrypted) */
        post: operations["submitIdentityDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user’s public profile: name, avatar, bio, city and country, member since, verified badges, reputation, response rate (of the orders they sold on which the buyer wrote, the share on which they wrote back after the buyer’s first message) and counts of completed sales and active listings */
        get: operations["getUserProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/public-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set what your public profile shows: bio, city, country (absent fields stay, null clears one) */
        patch: operations["updateMyPublicProfile"];
        trace?: never;
    };
    "/v1/me/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload your avatar: the image's bytes as the body (JPEG, PNG or WebP, at most 5 MB and 40 megapixels), re-encoded to square 256 and 64 px WebP without its metadata (EXIF, GPS) */
        put: operations["setMyAvatar"];
        post?: never;
        /** Remove your avatar (done even if you had none) */
        delete: operations["deleteMyAvatar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/media/avatars/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An avatar image (WebP). Its key is its content’s hash: cache it forever; If-None-Match answers 304 */
        get: operations["getAvatarImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The users you blocked, newest first */
        get: operations["listMyBlocks"];
        put?: never;
        /** Block a user: from then on neither of you can message the other on an order, order from or review the other, and they no longer see your listings. Orders already made continue. Blocking twice is harmless. */
        post: operations["blockUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/blocks/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unblock a user */
        delete: operations["unblockUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/seller-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's payment account and its gates */
        get: operations["getMySellerAccount"];
        put?: never;
        /** Open (or refresh) the caller's payment account and get a link to finish onboarding at the provider. Selling needs charges_enabled, payouts need payouts_enabled. */
        post: operations["openSellerAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My transaction history, newest first: escrow (pending), available balance and card payments; format=csv or Accept: text/csv downloads all of it */
        get: operations["listMyTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member and their permissions */
        get: operations["adminGetMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a user’s staff roles (an empty list removes them all) */
        post: operations["adminSetUserRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a listing, a user, a message (of an order you are a party to) or a visible review to the moderators (a reported review is held in the review queue) */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report queue, newest first, with the open report count per target; never a report the caller filed or that is on them or theirs */
        get: operations["adminListReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/{id}/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reported conversation message in its context: up to 10 messages before and after it, oldest first, with author names (the read is audited) */
        get: operations["adminReportedMessageContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Action a report (remove the listing or request changes; warn or suspend the user, in the same transaction) or dismiss it; other open reports on the target are decided with it */
        post: operations["adminDecideReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}/warn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Warn a user (recorded in their moderation history only) */
        post: operations["adminWarnUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a user: no login, sessions revoked, listings hidden, payouts frozen */
        post: operations["adminSuspendUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a suspended user (payouts stay frozen only after confirmed fraud) */
        post: operations["adminReinstateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user’s moderation state and history, oldest first */
        get: operations["adminGetUserModeration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users newest first (never the caller); q matches an id, an email prefix or part of the display name */
        get: operations["adminListUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user with their roles, permissions and moderation state (every view is audited) */
        get: operations["adminGetUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders the user bought or sold, newest first */
        get: operations["adminListUserOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}/fraud-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fraud cases with the user as subject, newest first */
        get: operations["adminListUserFraudCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports filed by the user (relation by) or against them or their listings (relation against), newest first */
        get: operations["adminListUserReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}/seller-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The seller-side risk scores of a user, newest first, with their reasons in words and their input */
        get: operations["adminListUserSellerRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first, filtered by entity, actor or action; each entry says whether it is sealed into the hash chain */
        get: operations["adminListAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/timeline/{entityType}/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every recorded decision on one entity, newest first (not the record of who viewed it); readable with the permission that reads the entity, 404 to a party to it */
        get: operations["adminGetEntityTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a dispute on a shipped or delivered order (buyer); funds stay held, an arbitrator is assigned */
        post: operations["openDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disputes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dispute of yours with its thread and evidence (parties only) */
        get: operations["getDispute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disputes/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dispute thread, oldest first (parties only) */
        get: operations["listDisputeMessages"];
        put?: never;
        /** Write to the dispute thread (parties, until the evidence deadline) */
        post: operations["postDisputeMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disputes/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add evidence: text, or a PDF, JPEG or PNG file of at most 5 MB (type checked by content; stored encrypted) */
        post: operations["addDisputeEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disputes/{id}/evidence/{evidenceId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An evidence file (parties, and staff who may read disputes and are not a party: their reads are audited) */
        get: operations["getDisputeEvidenceContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The buyer dispute queue, newest first, with assignment and arbitration SLA */
        get: operations["adminListDisputes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/disputes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dispute with its evidence pack: transitions, payment and risk, fraud cases, messages, shipment, evidence; 404 to its parties; every view is audited */
        get: operations["adminGetDispute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/disputes/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign an arbitrator (not a party, never traded with either); the SLA restarts */
        post: operations["adminAssignDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/disputes/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a dispute: refund all, release to the seller, or split (refund an amount, release the rest) */
        post: operations["adminResolveDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation of an order, oldest first (parties only): the messages about its listing from before the order included */
        get: operations["listOrderMessages"];
        put?: never;
        /** Write to the other party of an order (buyer or seller), in the conversation about its listing */
        post: operations["postOrderMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write to a listing’s seller: opens your conversation about the listing on the first message, continues it after. Nothing is reserved */
        post: operations["writeAboutListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your conversations, newest activity first: the other party, the listing and its cover, the last message, unread counts */
        get: operations["listMyConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/conversations/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many messages from others you have not read, across your conversations (a badge) */
        get: operations["countUnreadMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your conversations */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conversation’s messages, newest first (pass next_cursor for older ones). Fetching the newest page marks the other party’s messages on it delivered */
        get: operations["listConversationMessages"];
        put?: never;
        /** Write in one of your conversations (text, images uploaded to it, or both) */
        post: operations["postConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read receipt: you have read the conversation up to this message (never moves back); the other party’s apps get `message.read` */
        post: operations["markConversationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload pictures to send in one of your conversations: multipart/form-data, files in `files` (JPEG, PNG, WebP or AVIF, at most 4). Each is re-encoded to WebP without its metadata; send it by passing its id in a message’s `image_ids`. Only the two of you (and moderators) can fetch it */
        post: operations["uploadConversationImages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversations the off-platform detector flagged (repeated contact details or payment requests), most recently flagged first; never one you are a party to */
        get: operations["adminListFlaggedConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A flagged (or formerly flagged) conversation with all its messages, oldest first, the detector’s findings on each; the read is audited */
        get: operations["adminGetConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/conversations/{id}/clear-flag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear a conversation’s flag: it leaves the queue and its count of findings restarts (audited) */
        post: operations["adminClearConversationFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first, with their text in your language (`?unread=true`: only unread ones) */
        get: operations["listMyNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread */
        get: operations["countMyUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications read: `{ids}` (ids that are not yours are ignored) or `{all: true}` */
        post: operations["markMyNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How each notification type reaches you (in-app, socket, e-mail immediate/daily/off, push), your quiet hours and time zone */
        get: operations["getMyNotificationPreferences"];
        /** Change channels per type, quiet hours (`null` to clear) and your time zone; what is not named stays */
        put: operations["updateMyNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/push/vapid-public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application server key to subscribe to Web Push with */
        get: operations["getVapidPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/push-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a browser’s push subscription (PushSubscription.toJSON()); the same endpoint again updates its keys */
        post: operations["createMyPushSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/push-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop push to one browser */
        delete: operations["deleteMyPushSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order’s reviews as a party sees them: your own, and the other’s once visible */
        get: operations["listOrderReviews"];
        put?: never;
        /** Review the other party of a completed order (once, within the review window; hidden until both reviewed or the window closes) */
        post: operations["createReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reviews/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply once to a visible review about you */
        post: operations["replyToReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published, visible reviews about a user, newest first */
        get: operations["listUserReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/reputation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user’s reputation: a Bayesian average over visible reviews, without removed ones or those by confirmed fraudsters */
        get: operations["getUserReputation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue by status (flagged by default), newest first; never a review by or about the caller */
        get: operations["adminListReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reviews/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish or remove (with a reason) one review */
        post: operations["adminDecideReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reviews/bulk-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish or remove up to 100 reviews in one transaction; returns a batch id to undo it */
        post: operations["adminBulkDecideReviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reviews/bulk-decision/{batchId}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a batch: each review goes back to its previous status unless someone changed it since */
        post: operations["adminUndoReviewBulkDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every review by or about a user (not the caller), any status, newest first, except those by or about the caller */
        get: operations["adminListUserReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The listing review queue by status (default pending_review), newest first, with flags, seller and photos (each with its safety verdict and any reuse match); never the caller’s own */
        get: operations["adminListListings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One listing as the review queue shows it (flags, seller, photos with their verdicts), in any status: where a reused photo’s match leads; never the caller’s own */
        get: operations["adminGetListing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/listings/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, request changes to (note required) or reject (note required) a listing */
        post: operations["adminDecideListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/listings/bulk-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One decision over up to 100 listings, as a batch that can be undone */
        post: operations["adminBulkDecideListings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/listings/bulk-decision/{batchId}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a bulk decision: each listing unchanged since goes back to its previous status */
        post: operations["adminUndoListingBulkDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/identity-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Identity documents by review status (default submitted), newest first, metadata only; never the caller’s own */
        get: operations["adminListIdentityDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/identity-documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decrypt a document for review (every view is audited; 404 for the caller’s own) */
        get: operations["adminGetIdentityDocumentContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/identity-documents/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (the user becomes verified) or reject (reason required, shown to the user) a submitted document */
        post: operations["adminDecideIdentityDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/dashboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The analyst dashboards: the question each answers and its parameters (ClickHouse types, defaults, allowed values) */
        get: operations["adminListDashboards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/dashboards/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Runs one dashboard; its parameters are the query string, checked against the dashboard's declared types */
        get: operations["adminRunDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/analytics/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Runs an analyst's own SELECT on ClickHouse: checked from its parse against allowlists of syntax, functions and the analytics database's tables, then run read-only within row, time and memory limits; fair-use queued per analyst; audited before it runs */
        post: operations["adminRunAnalystQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fraud model versions with their status (active | shadow | retired) and committed evaluation metrics */
        get: operations["adminListModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/models/{version}/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a shadow or retired version the live model; the previous live model becomes demote_to (default shadow). Refused (model_not_promotable) unless its committed evaluation holds on both the generator set and the blind set, or override_evaluation is true */
        post: operations["adminPromoteModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/models/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Promote the version most recently demoted from live; the current live model becomes demote_to (default retired) */
        post: operations["adminRollbackModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/models/{version}/shadow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score a retired version in shadow: recorded on every payment, never acting */
        post: operations["adminShadowModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/models/{version}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop scoring a shadow version */
        post: operations["adminRetireModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/models/monitoring/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The worker’s monitoring snapshots over time, of one version or all */
        get: operations["adminModelMonitoringHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/models/{version}/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a version does in production: precision and recall from closing labels, PR-AUC, score drift (PSI) against live and over time, recent alerts */
        get: operations["adminModelMonitoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events the catalogue refused (unknown type or invalid payload), newest first, with the failing fields */
        get: operations["adminListDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stripe events (signed): account.updated, charge.dispute.*; deduplicated by event id, objects re-fetched */
        post: operations["receiveStripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description RFC 9457 problem details. `code` is stable and machine-readable; `errors` lists each refused field of a request.
         * @example {
         *       "type": "https://agora.dev/problems/validation_failed",
         *       "title": "Bad Request",
         *       "status": 400,
         *       "detail": "Invalid body: listing_id (must be a UUID)",
         *       "code": "validation_failed",
         *       "errors": [
         *         {
         *           "field": "listing_id",
         *           "message": "must be a UUID"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description A URI naming the kind of problem (its last segment is the code) */
            type: string;
            /** @description A short summary of the kind of problem */
            title: string;
            /** @description The HTTP status code */
            status: number;
            /** @description What went wrong on this request */
            detail?: string;
            /** @description Stable error code, e.g. validation_failed, not_found, order_not_payable */
            code: string;
            /** @description Refused input fields (validation problems only) */
            errors?: {
                /** @description The refused field’s path, e.g. price.amount */
                field: string;
                /** @description What is wrong with it */
                message: string;
            }[];
            /** @description The request path */
            instance?: string;
        };
        /**
         * @example {
         *       "status": "verification_sent",
         *       "detail": "If this address can be used, a message is on its way to it. Follow its link, then sign in."
         *     }
         */
        RegisterAccepted: {
            /** @constant */
            status: "verification_sent";
            detail: string;
        };
        /**
         * @example {
         *       "user": {
         *         "id": "a3bb189e-8bf9-3888-9912-ace4e6543002",
         *         "email": "ada@example.com",
         *         "display_name": "Ada",
         *         "roles": [],
         *         "created_at": "2026-03-02T10:15:00.000Z",
         *         "email_verified_at": "2026-03-02T10:17:00.000Z",
         *         "locale": "en"
         *       },
         *       "token": "agora_s_4f9c…"
         *     }
         */
        Session: {
            user: components["schemas"]["User"];
            token: string;
        };
        User: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            display_name: string;
            roles: string[];
            /** Format: date-time */
            created_at: string;
            email_verified_at: string | null;
            /** @enum {string} */
            locale: "en" | "fr";
        };
        TwoFactorChallenge: {
            /** @constant */
            two_factor_required: true;
            challenge: string;
            /** Format: date-time */
            expires_at: string;
            methods: ("totp" | "recovery_code")[];
        };
        VerifiedEmail: {
            /** Format: email */
            email: string;
            /** Format: date-time */
            email_verified_at: string;
        };
        SessionList: {
            data: {
                /** Format: uuid */
                id: string;
                /**
                 * @description an app’s bearer token, or the staff console’s cookie
                 * @enum {string}
                 */
                kind: "app" | "console";
                /** @description the User-Agent it was opened with */
                device: string | null;
                /** @description the /24 (IPv4) or /48 (IPv6) it was opened from */
                network: string | null;
                /** Format: date-time */
                created_at: string;
                /**
                 * Format: date-time
                 * @description to the minute
                 */
                last_seen_at: string;
                /** @description the session making this request */
                current: boolean;
            }[];
        };
        SecurityEventList: {
            data: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "login_new_device" | "password_changed" | "password_reset" | "email_changed" | "two_factor_enabled" | "two_factor_disabled" | "recovery_codes_regenerated" | "oidc_linked" | "oidc_unlinked" | "signed_out_everywhere" | "account_deleted";
                /** Format: date-time */
                created_at: string;
                device: string | null;
                network: string | null;
            }[];
        };
        DataExport: {
            /** Format: uuid */
            id: string;
            /**
             * @description pending: being built; ready: download it; failed: ask for a new one
             * @enum {string}
             */
            status: "pending" | "ready" | "failed";
            /** Format: date-time */
            requested_at: string;
            completed_at: string | null;
            /**
             * Format: date-time
             * @description When the export (built or not) is deleted
             */
            expires_at: string;
            /** @description The zip archive’s size, once ready */
            size_bytes: number | null;
        };
        OidcLinked: {
            provider: string;
        };
        TwoFactorStatus: {
            totp_enabled: boolean;
            recovery_codes_left: number;
        };
        TotpEnrolment: {
            /** @description base32, for typing into the app by hand */
            secret: string;
            otpauth_uri: string;
            /** @description the otpauth URI as a PNG QR code (data: URL) */
            qr_data_url: string;
        };
        RecoveryCodes: {
            /** @description shown once: store them somewhere safe */
            recovery_codes: string[];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "slug": "music",
         *           "name": "Music",
         *           "attributes": [
         *             {
         *               "key": "brand",
         *               "name": "Brand or label",
         *               "required": false,
         *               "type": "text",
         *               "max_length": 80
         *             }
         *           ],
         *           "children": [
         *             {
         *               "slug": "records",
         *               "name": "Vinyl & CDs",
         *               "attributes": [
         *                 {
         *                   "key": "brand",
         *                   "name": "Brand or label",
         *                   "required": false,
         *                   "type": "text",
         *                   "max_length": 80
         *                 },
         *                 {
         *                   "key": "format",
         *                   "name": "Format",
         *                   "required": true,
         *                   "type": "enum",
         *                   "values": [
         *                     "LP",
         *                     "EP",
         *                     "single",
         *                     "CD",
         *                     "cassette"
         *                   ]
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        CategoryTree: {
            data: components["schemas"]["Category"][];
        };
        Category: {
            slug: string;
            name: string;
            /** @description Every attribute a listing here takes, its parent’s included */
            attributes: components["schemas"]["CategoryAttribute"][];
            /** @description Its leaves; empty when the category is a leaf itself */
            children: components["schemas"]["CategoryLeaf"][];
        };
        CategoryAttribute: {
            key: string;
            name: string;
            required: boolean;
            /** @constant */
            type: "enum";
            values: string[];
        } | {
            key: string;
            name: string;
            required: boolean;
            /** @constant */
            type: "text";
            max_length: number;
        } | {
            key: string;
            name: string;
            required: boolean;
            /** @constant */
            type: "number";
            min: number;
            max: number;
            integer: boolean;
        };
        CategoryLeaf: {
            slug: string;
            name: string;
            /** @description Every attribute a listing here takes, its parent’s included */
            attributes: components["schemas"]["CategoryAttribute"][];
        };
        /**
         * @example {
         *       "model": "category-nb-v1",
         *       "data": [
         *         {
         *           "slug": "cameras",
         *           "name": "Cameras",
         *           "path": [
         *             {
         *               "slug": "electronics",
         *               "name": "Electronics"
         *             },
         *             {
         *               "slug": "cameras",
         *               "name": "Cameras"
         *             }
         *           ],
         *           "score": 0.98
         *         }
         *       ]
         *     }
         */
        CategorySuggestions: {
            /** @description The model version that ranked them */
            model: string;
            /** @description The three likeliest leaf categories, best first */
            data: {
                slug: string;
                name: string;
                /** @description Root first, the category last */
                path: {
                    slug: string;
                    name: string;
                }[];
                /** @description The model’s probability for this category */
                score: number;
            }[];
        };
        /**
         * @example {
         *       "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *       "seller_id": "f47ac10b-58cc-4372-a567-0e02b2c3d479",
         *       "title": "Vintage film camera",
         *       "description": "Canon AE-1, working, with a 50 mm lens",
         *       "price": {
         *         "amount": 4999,
         *         "currency": "EUR"
         *       },
         *       "category": "cameras",
         *       "category_path": [
         *         {
         *           "slug": "electronics",
         *           "name": "Electronics"
         *         },
         *         {
         *           "slug": "cameras",
         *           "name": "Cameras"
         *         }
         *       ],
         *       "condition": "good",
         *       "attributes": {
         *         "brand": "Canon",
         *         "model": "AE-1"
         *       },
         *       "location": {
         *         "place": "Lyon",
         *         "lat": 45.76,
         *         "lng": 4.84
         *       },
         *       "status": "active",
         *       "sale_format": "fixed",
         *       "moderation_note": null,
         *       "created_at": "2026-03-02T10:15:00.000Z",
         *       "updated_at": "2026-03-02T10:15:00.000Z"
         *     }
         */
        Listing: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            seller_id: string;
            title: string;
            description: string;
            price: components["schemas"]["Money"];
            /** @enum {string} */
            category: "phones" | "computers" | "cameras" | "audio" | "gaming" | "electronics-other" | "womens-clothing" | "mens-clothing" | "shoes" | "bags" | "jewellery" | "fashion-other" | "furniture" | "kitchen" | "decor" | "garden" | "home-other" | "fiction" | "non-fiction" | "comics" | "books-other" | "bikes" | "fitness" | "outdoor" | "sports-other" | "toys-games" | "baby" | "toys-other" | "coins-stamps" | "trading-cards" | "art" | "antiques" | "collectibles-other" | "car-parts" | "motorbike-parts" | "vehicles-other" | "instruments" | "records" | "music-other" | "other";
            /** @description The category’s ancestors, root first, the category last */
            category_path: {
                slug: string;
                name: string;
            }[];
            /** @enum {string} */
            condition: "new" | "like_new" | "good" | "fair";
            attributes: {
                [key: string]: string | number;
            };
            /** @description Where the item is: a place name and a point blurred to about 1 km (never the seller’s address) */
            location: {
                place: string;
                lat: number | null;
                lng: number | null;
            } | null;
            /** @enum {string} */
            status: "draft" | "active" | "reserved" | "sold" | "withdrawn" | "removed" | "pending_review" | "changes_requested" | "rejected";
            /**
             * @description fixed: bought at its price (POST /v1/orders) or by offer; auction: sold by its auction (GET /v1/auctions/{id}), never bought directly
             * @enum {string}
             */
            sale_format: "fixed" | "auction";
            /** @description The moderator’s note when changes were requested or the listing was rejected or removed */
            moderation_note: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @example {
         *       "amount": 4999,
         *       "currency": "EUR"
         *     }
         */
        Money: {
            /** @description Integer minor units of the currency (cents for EUR, yen for JPY) */
            amount: number;
            /** @description ISO 4217 code */
            currency: string;
        };
        PriceHistory: {
            /** @description Every price the listing had, oldest first: the first is its price when listed */
            data: {
                price: components["schemas"]["Money"];
                /** Format: date-time */
                changed_at: string;
            }[];
        };
        MyListing: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            seller_id: string;
            title: string;
            description: string;
            price: components["schemas"]["Money"];
            /** @enum {string} */
            category: "phones" | "computers" | "cameras" | "audio" | "gaming" | "electronics-other" | "womens-clothing" | "mens-clothing" | "shoes" | "bags" | "jewellery" | "fashion-other" | "furniture" | "kitchen" | "decor" | "garden" | "home-other" | "fiction" | "non-fiction" | "comics" | "books-other" | "bikes" | "fitness" | "outdoor" | "sports-other" | "toys-games" | "baby" | "toys-other" | "coins-stamps" | "trading-cards" | "art" | "antiques" | "collectibles-other" | "car-parts" | "motorbike-parts" | "vehicles-other" | "instruments" | "records" | "music-other" | "other";
            /** @description The category’s ancestors, root first, the category last */
            category_path: {
                slug: string;
                name: string;
            }[];
            /** @enum {string} */
            condition: "new" | "like_new" | "good" | "fair";
            attributes: {
                [key: string]: string | number;
            };
            /** @description Where the item is: a place name and a point blurred to about 1 km (never the seller’s address) */
            location: {
                place: string;
                lat: number | null;
                lng: number | null;
            } | null;
            /** @enum {string} */
            status: "draft" | "active" | "reserved" | "sold" | "withdrawn" | "removed" | "pending_review" | "changes_requested" | "rejected";
            /**
             * @description fixed: bought at its price (POST /v1/orders) or by offer; auction: sold by its auction (GET /v1/auctions/{id}), never bought directly
             * @enum {string}
             */
            sale_format: "fixed" | "auction";
            /** @description The moderator’s note when changes were requested or the listing was rejected or removed */
            moderation_note: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            images: components["schemas"]["ListingImage"][];
            /** @description How many people favourited it */
            favourite_count: number;
        };
        /**
         * @example {
         *       "id": "0b6c2c8e-3f0a-4a53-9d6e-2b1f4a7d9c10",
         *       "position": 0,
         *       "width": 1600,
         *       "height": 1200,
         *       "variants": [
         *         {
         *           "size": "thumb",
         *           "width": 200,
         *           "height": 150,
         *           "url": "/v1/media/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
         *         },
         *         {
         *           "size": "medium",
         *           "width": 640,
         *           "height": 480,
         *           "url": "/v1/media/60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"
         *         },
         *         {
         *           "size": "large",
         *           "width": 1280,
         *           "height": 960,
         *           "url": "/v1/media/fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13"
         *         }
         *       ]
         *     }
         */
        ListingImage: {
            /** Format: uuid */
            id: string;
            /** @description 0 is the cover */
            position: number;
            /** @description The upright photo’s width, in pixels */
            width: number;
            height: number;
            /** @description Smallest first */
            variants: {
                /**
                 * @description thumb: at most 200 px on its longer side; medium: 640; large: 1280 (never enlarged)
                 * @enum {string}
                 */
                size: "thumb" | "medium" | "large";
                width: number;
                height: number;
                /** @description GET it: WebP, cacheable forever */
                url: string;
            }[];
        };
        SearchHit: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            seller_id: string;
            title: string;
            description: string;
            price: components["schemas"]["Money"];
            /** @enum {string} */
            category: "phones" | "computers" | "cameras" | "audio" | "gaming" | "electronics-other" | "womens-clothing" | "mens-clothing" | "shoes" | "bags" | "jewellery" | "fashion-other" | "furniture" | "kitchen" | "decor" | "garden" | "home-other" | "fiction" | "non-fiction" | "comics" | "books-other" | "bikes" | "fitness" | "outdoor" | "sports-other" | "toys-games" | "baby" | "toys-other" | "coins-stamps" | "trading-cards" | "art" | "antiques" | "collectibles-other" | "car-parts" | "motorbike-parts" | "vehicles-other" | "instruments" | "records" | "music-other" | "other";
            /** @description The category’s ancestors, root first, the category last */
            category_path: {
                slug: string;
                name: string;
            }[];
            /** @enum {string} */
            condition: "new" | "like_new" | "good" | "fair";
            attributes: {
                [key: string]: string | number;
            };
            /** @description Where the item is: a place name and a point blurred to about 1 km (never the seller’s address) */
            location: {
                place: string;
                lat: number | null;
                lng: number | null;
            } | null;
            /** @enum {string} */
            status: "draft" | "active" | "reserved" | "sold" | "withdrawn" | "removed" | "pending_review" | "changes_requested" | "rejected";
            /**
             * @description fixed: bought at its price (POST /v1/orders) or by offer; auction: sold by its auction (GET /v1/auctions/{id}), never bought directly
             * @enum {string}
             */
            sale_format: "fixed" | "auction";
            /** @description The moderator’s note when changes were requested or the listing was rejected or removed */
            moderation_note: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            seller: {
                /** Format: uuid */
                id: string;
                display_name: string;
                rating: {
                    /** @description Average stars of the seller’s counted reviews; null without any */
                    average: number | null;
                    count: number;
                };
            };
            /** @description The listing’s first photo, null without one */
            cover: components["schemas"]["ListingImage"] | null;
            /** @description Great-circle distance from lat/lng to the listing’s approximate point; null without a point */
            distance_km: number | null;
        };
        ListingWithImages: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            seller_id: string;
            title: string;
            description: string;
            price: components["schemas"]["Money"];
            /** @enum {string} */
            category: "phones" | "computers" | "cameras" | "audio" | "gaming" | "electronics-other" | "womens-clothing" | "mens-clothing" | "shoes" | "bags" | "jewellery" | "fashion-other" | "furniture" | "kitchen" | "decor" | "garden" | "home-other" | "fiction" | "non-fiction" | "comics" | "books-other" | "bikes" | "fitness" | "outdoor" | "sports-other" | "toys-games" | "baby" | "toys-other" | "coins-stamps" | "trading-cards" | "art" | "antiques" | "collectibles-other" | "car-parts" | "motorbike-parts" | "vehicles-other" | "instruments" | "records" | "music-other" | "other";
            /** @description The category’s ancestors, root first, the category last */
            category_path: {
                slug: string;
                name: string;
            }[];
            /** @enum {string} */
            condition: "new" | "like_new" | "good" | "fair";
            attributes: {
                [key: string]: string | number;
            };
            /** @description Where the item is: a place name and a point blurred to about 1 km (never the seller’s address) */
            location: {
                place: string;
                lat: number | null;
                lng: number | null;
            } | null;
            /** @enum {string} */
            status: "draft" | "active" | "reserved" | "sold" | "withdrawn" | "removed" | "pending_review" | "changes_requested" | "rejected";
            /**
             * @description fixed: bought at its price (POST /v1/orders) or by offer; auction: sold by its auction (GET /v1/auctions/{id}), never bought directly
             * @enum {string}
             */
            sale_format: "fixed" | "auction";
            /** @description The moderator’s note when changes were requested or the listing was rejected or removed */
            moderation_note: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            images: components["schemas"]["ListingImage"][];
        };
        ListingImages: {
            /** @description The listing’s photos, cover first */
            data: components["schemas"]["ListingImage"][];
        };
        /** @description A listing you favourited */
        Favourite: {
            /** Format: uuid */
            listing_id: string;
            /**
             * Format: date-time
             * @description When you favourited it
             */
            created_at: string;
            /** @description The listing as you may see it now; null once it is unavailable to you (removed, under review, its seller suspended or blocking you) */
            listing: components["schemas"]["Listing"] | null;
        };
        SavedSearch: {
            /** Format: uuid */
            id: string;
            name: string | null;
            /** @description The search parameters, as GET /v1/listings takes them */
            query: {
                [key: string]: unknown;
            };
            /** @description When new matches were last notified (at most one notification an hour) */
            last_alerted_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @description An order between a buyer and a seller; amounts in minor units
         * @example {
         *       "id": "0b8f3c2e-5a1d-4c6e-9f7a-2d3b4c5e6f70",
         *       "listing_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *       "buyer_id": "a3bb189e-8bf9-3888-9912-ace4e6543002",
         *       "seller_id": "f47ac10b-58cc-4372-a567-0e02b2c3d479",
         *       "amount": {
         *         "amount": 4999,
         *         "currency": "EUR"
         *       },
         *       "fee": {
         *         "amount": 249,
         *         "currency": "EUR"
         *       },
         *       "refunded": {
         *         "amount": 0,
         *         "currency": "EUR"
         *       },
         *       "status": "paid",
         *       "carrier": null,
         *       "tracking_number": null,
         *       "tracking_url": null,
         *       "created_at": "2026-03-02T10:15:00.000Z",
         *       "updated_at": "2026-03-02T10:15:00.000Z"
         *     }
         */
        Order: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            listing_id: string;
            /** Format: uuid */
            buyer_id: string;
            /** Format: uuid */
            seller_id: string;
            amount: components["schemas"]["Money"];
            fee: components["schemas"]["Money"];
            refunded: components["schemas"]["Money"];
            /** @enum {string} */
            status: "initiated" | "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "disputed" | "refunded" | "cancelled";
            carrier: string | null;
            tracking_number: string | null;
            /** @description The carrier’s tracking page, for carriers we know */
            tracking_url: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description One order with where it ships to */
        OrderDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            listing_id: string;
            /** Format: uuid */
            buyer_id: string;
            /** Format: uuid */
            seller_id: string;
            amount: components["schemas"]["Money"];
            fee: components["schemas"]["Money"];
            refunded: components["schemas"]["Money"];
            /** @enum {string} */
            status: "initiated" | "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "disputed" | "refunded" | "cancelled";
            carrier: string | null;
            tracking_number: string | null;
            /** @description The carrier’s tracking page, for carriers we know */
            tracking_url: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description Where the item goes: always for the buyer; for the seller once paid, until the dispute window after completion */
            shipping_address: components["schemas"]["ShippingAddress"] | null;
            /** @description Why shipping_address is null: not paid yet, cancelled or refunded, the dispute window after completion has passed, or no address was given */
            shipping_address_hidden: ("not_paid" | "order_closed" | "dispute_window_passed" | "none_given") | null;
        };
        /** @description Where the parcel goes */
        ShippingAddress: {
            name: string;
            line1: string;
            line2?: string;
            city: string;
            postal_code: string;
            region?: string;
            country: string;
            phone?: string;
        };
        /** @description An order as staff see it, with its listing and risk */
        AdminOrder: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            listing_id: string;
            /** Format: uuid */
            buyer_id: string;
            /** Format: uuid */
            seller_id: string;
            amount: components["schemas"]["Money"];
            fee: components["schemas"]["Money"];
            refunded: components["schemas"]["Money"];
            /** @enum {string} */
            status: "initiated" | "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "disputed" | "refunded" | "cancelled";
            carrier: string | null;
            tracking_number: string | null;
            /** @description The carrier’s tracking page, for carriers we know */
            tracking_url: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            listing_title: string;
            risk_score: number | null;
            risk_decision: ("allow" | "step_up" | "review" | "block") | null;
            /** @description Why the live model scored the order what it did, largest first; empty when unscored or scored before reasons were recorded */
            risk_reasons: components["schemas"]["RiskReason"][];
            funds_held: boolean;
        };
        RiskReason: {
            feature: string;
            text: string;
            /** @description How much the probability falls when this feature takes an ordinary value instead */
            contribution: number;
        };
        Auction: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            listing_id: string;
            /** Format: uuid */
            seller_id: string;
            /**
             * @description live: open for bids (from starts_at); awaiting_payment: the winner’s order is open; sold; unsold
             * @enum {string}
             */
            status: "live" | "awaiting_payment" | "sold" | "unsold";
            /** @description Why it ended as it did; null while it runs */
            outcome: ("sold" | "no_bids" | "reserve_not_met" | "unpaid" | "unavailable") | null;
            start_price: components["schemas"]["Money"];
            /** @description The visible price (the second-highest maximum plus one increment); null before the first bid */
            current_price: components["schemas"]["Money"] | null;
            /** @description The least you may bid now (above your own maximum when you lead) */
            minimum_bid: components["schemas"]["Money"];
            bid_count: number;
            bidder_count: number;
            /** @description The leading bidder’s pseudonym in this auction (“Bidder 3”), never their name */
            leader_label: string | null;
            you_are_leading: boolean;
            /** @description Your highest maximum in this auction, if you bid */
            your_max: components["schemas"]["Money"] | null;
            has_reserve: boolean;
            /** @description Whether the price reached the reserve (true without one once bid on) */
            reserve_met: boolean;
            /** @description The reserve: sent to the seller only */
            reserve_price?: components["schemas"]["Money"] | null;
            /** @description The winner’s order: sent to the seller and the winner only */
            order_id?: string | null;
            /** Format: date-time */
            starts_at: string;
            /**
             * Format: date-time
             * @description A bid in the last minutes pushes it back (anti-sniping)
             */
            ends_at: string;
            /** Format: date-time */
            created_at: string;
        };
        /** @description An accepted bid, pseudonymous: maximums stay secret */
        Bid: {
            /** @description 1 for the auction’s first bid, without gaps */
            seq: number;
            bidder_label: string;
            yours: boolean;
            /** @description The visible price after this bid */
            price: components["schemas"]["Money"];
            /** Format: date-time */
            created_at: string;
        };
        MyAuctionBids: {
            auction: components["schemas"]["Auction"];
            my_bids: number;
            /** Format: date-time */
            last_bid_at: string;
        };
        /**
         * @description A negotiation between a buyer and a listing’s seller; amounts in minor units
         * @example {
         *       "id": "3f2b8c1e-7d4a-4e5f-9a6b-1c2d3e4f5a6b",
         *       "listing_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *       "buyer_id": "a3bb189e-8bf9-3888-9912-ace4e6543002",
         *       "seller_id": "f47ac10b-58cc-4372-a567-0e02b2c3d479",
         *       "amount": {
         *         "amount": 4000,
         *         "currency": "EUR"
         *       },
         *       "status": "pending",
         *       "awaiting": "seller",
         *       "round": 1,
         *       "order_id": null,
         *       "expires_at": "2026-03-04T10:15:00.000Z",
         *       "created_at": "2026-03-02T10:15:00.000Z",
         *       "updated_at": "2026-03-02T10:15:00.000Z"
         *     }
         */
        Offer: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            listing_id: string;
            /** Format: uuid */
            buyer_id: string;
            /** Format: uuid */
            seller_id: string;
            /** @description The amount on the table: the latest proposal */
            amount: components["schemas"]["Money"];
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "withdrawn" | "expired" | "superseded";
            /** @description Whose answer the offer awaits while pending (they may accept, decline or counter) */
            awaiting: ("buyer" | "seller") | null;
            /** @description Proposals so far: 1 for the offer, one more per counter */
            round: number;
            /** @description The order an accepted offer opened */
            order_id: string | null;
            /**
             * Format: date-time
             * @description When a pending offer lapses unanswered
             */
            expires_at: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description An offer with its history of proposals and outcome */
        OfferDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            listing_id: string;
            /** Format: uuid */
            buyer_id: string;
            /** Format: uuid */
            seller_id: string;
            /** @description The amount on the table: the latest proposal */
            amount: components["schemas"]["Money"];
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "withdrawn" | "expired" | "superseded";
            /** @description Whose answer the offer awaits while pending (they may accept, decline or counter) */
            awaiting: ("buyer" | "seller") | null;
            /** @description Proposals so far: 1 for the offer, one more per counter */
            round: number;
            /** @description The order an accepted offer opened */
            order_id: string | null;
            /**
             * Format: date-time
             * @description When a pending offer lapses unanswered
             */
            expires_at: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description Every step, oldest first */
            history: {
                /** @enum {string} */
                actor: "buyer" | "seller" | "system";
                /** @enum {string} */
                action: "made" | "countered" | "accepted" | "declined" | "withdrawn" | "expired" | "superseded";
                /** @description The amount proposed (made, countered) */
                amount: number | null;
                /** Format: date-time */
                at: string;
            }[];
        };
        /** @description The accepted offer and the order it opened */
        AcceptedOffer: {
            offer: components["schemas"]["Offer"];
            order: components["schemas"]["Order"];
        };
        RefundProposal: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            order_id: string;
            /** Format: uuid */
            proposed_by: string;
            amount: components["schemas"]["Money"];
            reason: string;
            /** @enum {string} */
            status: "proposed" | "accepted" | "declined" | "withdrawn";
            /** Format: date-time */
            created_at: string;
            decided_at: string | null;
        };
        /** @description A shipping address the buyer saved, to pick at payment */
        SavedAddress: {
            name: string;
            line1: string;
            line2?: string;
            city: string;
            postal_code: string;
            region?: string;
            country: string;
            phone?: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            created_at: string;
        };
        Payout: {
            /** Format: uuid */
            id: string;
            amount: components["schemas"]["Money"];
            /** @enum {string} */
            status: "pending" | "paid" | "failed";
            /** @enum {string} */
            trigger: "request" | "schedule";
            reversed_amount: number;
            /** Format: date-time */
            created_at: string;
            paid_at: string | null;
        };
        /** @description A fraud case: opened by the payment-time score (about an order), a stream detector (about accounts) or the seller-risk score (about a seller) */
        FraudCase: {
            /** Format: uuid */
            id: string;
            order_id: string | null;
            /** Format: uuid */
            subject_user_id: string;
            /** @enum {string} */
            status: "open" | "closed";
            reason: string;
            risk_score: number;
            model_version: string;
            /** @description Why the live model scored the order what it did, largest first; empty when unscored or scored before reasons were recorded */
            risk_reasons: components["schemas"]["RiskReason"][];
            decision: ("clear" | "confirm_fraud") | null;
            decision_note: string | null;
            decided_by: string | null;
            decided_at: string | null;
            closing_label: ("stolen_card" | "account_takeover" | "friendly_fraud" | "collusion" | "false_positive" | "other") | null;
            assignee_id: string | null;
            snoozed_until: string | null;
            /** Format: date-time */
            created_at: string;
            /** @enum {string} */
            source: "payment" | "stream" | "seller_risk";
            detector: string | null;
            evidence: (components["schemas"]["StreamEvidence"] | components["schemas"]["SellerRiskEvidence"]) | null;
            order: {
                amount: components["schemas"]["Money"];
                /** @enum {string} */
                status: "initiated" | "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "disputed" | "refunded" | "cancelled";
                listing_title: string;
            } | null;
        };
        StreamEvidence: {
            window: {
                /** Format: date-time */
                from: string;
                /** Format: date-time */
                to: string;
            };
            counts: {
                [key: string]: number;
            };
            thresholds: {
                [key: string]: number;
            };
            accounts: {
                /** Format: uuid */
                user_id: string;
                role: string;
                orders?: number;
                reviews?: number;
            }[];
            orders?: {
                /** Format: uuid */
                order_id: string;
                /** Format: uuid */
                buyer_id: string;
                /** Format: uuid */
                seller_id: string;
                amount: components["schemas"]["Money"];
                /** Format: date-time */
                paid_at: string;
            }[];
            reviews?: {
                /** Format: uuid */
                review_id: string;
                /** Format: uuid */
                order_id: string;
                /** Format: uuid */
                author_id: string;
                /** Format: uuid */
                subject_id: string;
                rating: number;
                /** Format: date-time */
                submitted_at: string;
            }[];
            link?: {
                /** @enum {string} */
                kind: "device" | "card";
                hash: string;
            };
        };
        SellerRiskEvidence: {
            /**
             * Format: uuid
             * @description the completed order whose payout was being arranged
             */
            order_id: string;
            /** Format: uuid */
            score_id: string;
            version: string;
            reasons: {
                feature: string;
                text: string;
                contribution: number;
            }[];
            input: {
                [key: string]: number | string;
            };
        };
        FraudCaseNote: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            case_id: string;
            /** Format: uuid */
            author_id: string;
            body: string;
            /** Format: date-time */
            created_at: string;
        };
        FraudCaseTimelineEntry: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            kind: "note" | "audit" | "order_status" | "payment_attempt";
            actor_id: string | null;
            summary: string;
            details: {
                [key: string]: unknown;
            };
        };
        SalesMetrics: {
            /** @enum {string} */
            interval: "hour" | "day";
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            buckets: {
                /** Format: date-time */
                bucket: string;
                currency: string;
                orders: number;
                /** @description Gross merchandise value in minor units of currency */
                gmv: number;
            }[];
        };
        Profile: {
            legal_name: string;
            address: {
                line1: string;
                line2?: string;
                city: string;
                postal_code: string;
                country: string;
            };
            phone: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description An identity document’s metadata (never its content) */
        IdentityDocument: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "passport" | "id_card" | "driving_licence";
            /** @enum {string} */
            content_type: "application/pdf" | "image/jpeg" | "image/png";
            size_bytes: number;
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected";
            /** @description Why the document was rejected (or the reviewer’s remark on approval) */
            review_reason: string | null;
            reviewed_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @description What anyone may see of a user: never an email, an address, roles or anything private */
        PublicProfile: {
            /** Format: uuid */
            id: string;
            display_name: string;
            avatar: components["schemas"]["Avatar"] | null;
            bio: string | null;
            city: string | null;
            country: string | null;
            /**
             * Format: date
             * @description The day the account was created
             */
            member_since: string;
            badges: {
                email_verified: boolean;
                /** @description A moderator approved an identity document */
                identity_verified: boolean;
            };
            reputation: {
                score: number;
                count: number;
                average: number | null;
            };
            /** @description Of the orders they sold on which the buyer wrote, the share on which they wrote back after the buyer’s first message (0–1); null when no buyer wrote */
            response_rate: number | null;
            counts: {
                completed_sales: number;
                active_listings: number;
            };
        };
        /** @description Paths of the avatar’s two sizes (cacheable forever: a new picture gets new paths) */
        Avatar: {
            /** @description 256×256 WebP */
            url_256: string;
            /** @description 64×64 WebP */
            url_64: string;
        };
        /** @description A user you blocked */
        Block: {
            /** Format: uuid */
            user_id: string;
            display_name: string;
            /**
             * Format: date-time
             * @description When you blocked them
             */
            created_at: string;
        };
        /**
         * @example {
         *       "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7:available:EUR",
         *       "transaction_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *       "kind": "escrow_released",
         *       "order_id": "0b8f3c2e-5a1d-4c6e-9f7a-2d3b4c5e6f70",
         *       "amount": {
         *         "amount": 4750,
         *         "currency": "EUR"
         *       },
         *       "balance": "available",
         *       "created_at": "2026-03-02T10:15:00.000Z"
         *     }
         */
        TransactionRow: {
            /** @description <transaction_id>:<balance>:<currency>, stable */
            id: string;
            /** Format: uuid */
            transaction_id: string;
            kind: string;
            order_id: string | null;
            amount: components["schemas"]["Money"];
            /** @enum {string} */
            balance: "pending" | "available" | "payment";
            /** Format: date-time */
            created_at: string;
        };
        /** @description The signed-in staff member and their permissions */
        StaffSelf: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            display_name: string;
            roles: string[];
            permissions: components["schemas"]["Permission"][];
        };
        /**
         * @description A staff permission; every staff route needs one
         * @enum {string}
         */
        Permission: "orders.read" | "fraud_cases.read" | "fraud_cases.decide" | "reports.read" | "reports.decide" | "users.read" | "users.moderate" | "identity.review" | "listings.moderate" | "reviews.moderate" | "disputes.read" | "disputes.resolve" | "audit.read" | "metrics.read" | "staff.self" | "staff.manage_roles" | "dashboards.read" | "analytics.query" | "models.read" | "models.manage" | "events.read";
        StaffUser: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            display_name: string;
            roles: string[];
            permissions: components["schemas"]["Permission"][];
            /** Format: date-time */
            created_at: string;
        };
        Report: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reporter_id: string;
            /** @enum {string} */
            target_type: "listing" | "user" | "message" | "review";
            /** Format: uuid */
            target_id: string;
            /** @enum {string} */
            reason: "spam" | "prohibited_item" | "counterfeit" | "fraud" | "harassment" | "offensive" | "other";
            note: string | null;
            /** @enum {string} */
            status: "open" | "actioned" | "dismissed";
            decided_by: string | null;
            decided_at: string | null;
            decision_note: string | null;
            action: ("remove_listing" | "request_changes" | "warn_user" | "suspend_user" | "remove_review") | null;
            /** Format: date-time */
            created_at: string;
        };
        QueuedReport: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reporter_id: string;
            /** @enum {string} */
            target_type: "listing" | "user" | "message" | "review";
            /** Format: uuid */
            target_id: string;
            /** @enum {string} */
            reason: "spam" | "prohibited_item" | "counterfeit" | "fraud" | "harassment" | "offensive" | "other";
            note: string | null;
            /** @enum {string} */
            status: "open" | "actioned" | "dismissed";
            decided_by: string | null;
            decided_at: string | null;
            decision_note: string | null;
            action: ("remove_listing" | "request_changes" | "warn_user" | "suspend_user" | "remove_review") | null;
            /** Format: date-time */
            created_at: string;
            open_reports_on_target: number;
            /** @description The reported user, the listing’s seller, or the review’s or message’s author (null if the target is gone) */
            target_owner_id: string | null;
            /** @description The user’s display name, the listing’s title, the review’s text or the message’s body */
            target_excerpt: string | null;
        };
        MessageContext: {
            /** Format: uuid */
            conversation_id: string;
            /**
             * Format: uuid
             * @description The reported message
             */
            message_id: string;
            /** @description Oldest first */
            messages: components["schemas"]["StaffConversationMessage"][];
        };
        StaffConversationMessage: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            author_id: string;
            body: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            conversation_id: string;
            images: components["schemas"]["MessageImage"][];
            /** @description For the author only: what the off-platform detector found (empty when nothing) */
            warnings: components["schemas"]["MessageWarning"][];
            author_name: string | null;
        };
        MessageImage: {
            /** Format: uuid */
            id: string;
            width: number;
            height: number;
            variants: {
                size: string;
                width: number;
                height: number;
                url: string;
            }[];
        };
        /** @description The message was delivered, but it seems to take the deal off the platform, where buyers and sellers lose their protection */
        MessageWarning: {
            /** @enum {string} */
            code: "contact_details" | "payment_request";
            kinds: ("email" | "phone" | "link" | "handle" | "iban" | "payment_phrase")[];
            message: string;
        };
        DecidedReport: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reporter_id: string;
            /** @enum {string} */
            target_type: "listing" | "user" | "message" | "review";
            /** Format: uuid */
            target_id: string;
            /** @enum {string} */
            reason: "spam" | "prohibited_item" | "counterfeit" | "fraud" | "harassment" | "offensive" | "other";
            note: string | null;
            /** @enum {string} */
            status: "open" | "actioned" | "dismissed";
            decided_by: string | null;
            decided_at: string | null;
            decision_note: string | null;
            action: ("remove_listing" | "request_changes" | "warn_user" | "suspend_user" | "remove_review") | null;
            /** Format: date-time */
            created_at: string;
            /** @description Other open reports on the same target, decided with this one */
            also_decided: string[];
        };
        ModerationState: {
            /** Format: uuid */
            user_id: string;
            suspended_at: string | null;
            payouts_frozen: boolean;
            action: components["schemas"]["ModerationAction"];
        };
        ModerationAction: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            user_id: string;
            /** @enum {string} */
            action: "warn" | "suspend" | "reinstate";
            reason: string;
            /** Format: uuid */
            staff_id: string;
            /** Format: date-time */
            created_at: string;
        };
        ModerationHistory: {
            /** Format: uuid */
            user_id: string;
            suspended_at: string | null;
            payouts_frozen: boolean;
            data: components["schemas"]["ModerationAction"][];
        };
        UserListItem: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            display_name: string;
            roles: string[];
            suspended_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        UserDetail: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            display_name: string;
            roles: string[];
            suspended_at: string | null;
            /** Format: date-time */
            created_at: string;
            permissions: components["schemas"]["Permission"][];
            moderation: {
                suspended_at: string | null;
                payouts_frozen: boolean;
                warnings: number;
            };
        };
        /** @description A report filed by the user (relation by) or against them or their content (against) */
        UserReport: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reporter_id: string;
            /** @enum {string} */
            target_type: "listing" | "user" | "message" | "review";
            /** Format: uuid */
            target_id: string;
            /** @enum {string} */
            reason: "spam" | "prohibited_item" | "counterfeit" | "fraud" | "harassment" | "offensive" | "other";
            note: string | null;
            /** @enum {string} */
            status: "open" | "actioned" | "dismissed";
            decided_by: string | null;
            decided_at: string | null;
            decision_note: string | null;
            action: ("remove_listing" | "request_changes" | "warn_user" | "suspend_user" | "remove_review") | null;
            /** Format: date-time */
            created_at: string;
            /** @enum {string} */
            relation: "by" | "against";
        };
        SellerRiskScore: {
            /** Format: uuid */
            id: string;
            /**
             * @description listing: when a listing was published; payout: when a completed order’s payout hold was arranged
             * @enum {string}
             */
            moment: "listing" | "payout";
            listing_id: string | null;
            order_id: string | null;
            score: number;
            probability: number;
            /** @description The (up to) three terms that raised the score most, in words */
            reasons: {
                feature: string;
                text: string;
                contribution: number;
            }[];
            /** @description What the score saw (fraud-models SellerRiskInput) */
            input: {
                [key: string]: number | string;
            };
            version: string;
            /** Format: date-time */
            created_at: string;
        };
        AuditEntry: {
            id: string;
            actor_id: string | null;
            action: string;
            entity_type: string;
            /** Format: uuid */
            entity_id: string;
            details: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
            seq: string | null;
            sealed: boolean;
        };
        /**
         * @example {
         *       "id": "a3bb189e-8bf9-3888-9912-ace4e6543002",
         *       "order_id": "0b8f3c2e-5a1d-4c6e-9f7a-2d3b4c5e6f70",
         *       "status": "awaiting_seller",
         *       "reason": "not_as_described",
         *       "description": "The lens is scratched",
         *       "amount": {
         *         "amount": 4999,
         *         "currency": "EUR"
         *       },
         *       "opened_by": "a3bb189e-8bf9-3888-9912-ace4e6543002",
         *       "seller_response_due_at": "2026-03-02T10:15:00.000Z",
         *       "seller_responded_at": null,
         *       "evidence_due_at": "2026-03-02T10:15:00.000Z",
         *       "resolution": null,
         *       "refund_amount": null,
         *       "resolved_at": null,
         *       "resolution_note": null,
         *       "created_at": "2026-03-02T10:15:00.000Z",
         *       "updated_at": "2026-03-02T10:15:00.000Z"
         *     }
         */
        Dispute: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            order_id: string;
            /** @enum {string} */
            status: "awaiting_seller" | "under_review" | "resolved";
            reason: string;
            description: string;
            amount: components["schemas"]["Money"];
            /** Format: uuid */
            opened_by: string;
            /** Format: date-time */
            seller_response_due_at: string;
            seller_responded_at: string | null;
            /** Format: date-time */
            evidence_due_at: string;
            resolution: ("refund" | "release" | "split") | null;
            refund_amount: components["schemas"]["Money"] | null;
            resolved_at: string | null;
            resolution_note: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A dispute as its parties see it, with the thread and evidence */
        PartyDispute: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            order_id: string;
            /** @enum {string} */
            status: "awaiting_seller" | "under_review" | "resolved";
            reason: string;
            description: string;
            amount: components["schemas"]["Money"];
            /** Format: uuid */
            opened_by: string;
            /** Format: date-time */
            seller_response_due_at: string;
            seller_responded_at: string | null;
            /** Format: date-time */
            evidence_due_at: string;
            resolution: ("refund" | "release" | "split") | null;
            refund_amount: components["schemas"]["Money"] | null;
            resolved_at: string | null;
            resolution_note: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            messages: components["schemas"]["Message"][];
            evidence: components["schemas"]["Evidence"][];
        };
        Message: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            author_id: string;
            body: string;
            /** Format: date-time */
            created_at: string;
        };
        Evidence: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            author_id: string;
            /** @enum {string} */
            kind: "text" | "file";
            text: string | null;
            filename: string | null;
            content_type: ("application/pdf" | "image/jpeg" | "image/png") | null;
            size_bytes: number | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @description A dispute as staff see it, with assignment and SLA */
        StaffDispute: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            order_id: string;
            /** @enum {string} */
            status: "awaiting_seller" | "under_review" | "resolved";
            reason: string;
            description: string;
            amount: components["schemas"]["Money"];
            /** Format: uuid */
            opened_by: string;
            /** Format: date-time */
            seller_response_due_at: string;
            seller_responded_at: string | null;
            /** Format: date-time */
            evidence_due_at: string;
            resolution: ("refund" | "release" | "split") | null;
            refund_amount: components["schemas"]["Money"] | null;
            resolved_at: string | null;
            resolution_note: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: uuid */
            buyer_id: string;
            /** Format: uuid */
            seller_id: string;
            listing_title: string;
            assigned_arbitrator_id: string | null;
            assigned_at: string | null;
            sla_due_at: string | null;
            sla_breached: boolean;
            resolved_by: string | null;
        };
        StaffDisputeDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            order_id: string;
            /** @enum {string} */
            status: "awaiting_seller" | "under_review" | "resolved";
            reason: string;
            description: string;
            amount: components["schemas"]["Money"];
            /** Format: uuid */
            opened_by: string;
            /** Format: date-time */
            seller_response_due_at: string;
            seller_responded_at: string | null;
            /** Format: date-time */
            evidence_due_at: string;
            resolution: ("refund" | "release" | "split") | null;
            refund_amount: components["schemas"]["Money"] | null;
            resolved_at: string | null;
            resolution_note: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: uuid */
            buyer_id: string;
            /** Format: uuid */
            seller_id: string;
            listing_title: string;
            assigned_arbitrator_id: string | null;
            assigned_at: string | null;
            sla_due_at: string | null;
            sla_breached: boolean;
            resolved_by: string | null;
            pack: components["schemas"]["EvidencePack"];
        };
        /** @description Everything an arbitrator needs: the order, its transitions, payment attempts and risk, fraud cases, shipment, both conversations, the evidence, the photos bought on */
        EvidencePack: {
            order: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "initiated" | "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "disputed" | "refunded" | "cancelled";
                amount: components["schemas"]["Money"];
                fee: components["schemas"]["Money"];
                refunded: components["schemas"]["Money"];
                /** Format: date-time */
                created_at: string;
            };
            transitions: {
                from: string | null;
                to: string;
                actor: string;
                actor_id: string | null;
                reason: string | null;
                /** Format: date-time */
                at: string;
            }[];
            payment: {
                risk_score: number | null;
                risk_decision: ("allow" | "step_up" | "review" | "block") | null;
                attempts: {
                    /** Format: uuid */
                    id: string;
                    attempt: number;
                    payment_method: string;
                    amount: components["schemas"]["Money"];
                    status: string;
                    decline_code: string | null;
                    /** Format: date-time */
                    created_at: string;
                    finished_at: string | null;
                }[];
            };
            fraud_cases: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "open" | "closed";
                reason: string;
                risk_score: number;
                decision: ("clear" | "confirm_fraud") | null;
                decided_at: string | null;
                /** Format: date-time */
                created_at: string;
            }[];
            shipment: {
                carrier: string | null;
                tracking_number: string | null;
                shipped_at: string | null;
                delivered_at: string | null;
                /** @description Where the buyer asked the item to go (null for orders paid before addresses were asked) */
                address: components["schemas"]["ShippingAddress"] | null;
            };
            messages: {
                order: components["schemas"]["Message"][];
                dispute: components["schemas"]["Message"][];
            };
            evidence: components["schemas"]["Evidence"][];
            /** @description The listing’s photos as listed when the order was made (kept even if the seller removed them since) */
            listing_photos: components["schemas"]["ListingImage"][];
        };
        ConversationMessage: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            author_id: string;
            body: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            conversation_id: string;
            images: components["schemas"]["MessageImage"][];
            /** @description For the author only: what the off-platform detector found (empty when nothing) */
            warnings: components["schemas"]["MessageWarning"][];
        };
        Conversation: {
            /** Format: uuid */
            id: string;
            listing: {
                /** Format: uuid */
                id: string;
                title: string | null;
                cover_url: string | null;
            };
            /** @description The order this conversation continued into, once the buyer ordered */
            order_id: string | null;
            /**
             * @description The caller’s side
             * @enum {string}
             */
            role: "buyer" | "seller";
            other_party: {
                /** Format: uuid */
                id: string;
                display_name: string | null;
                avatar_url: string | null;
            };
            last_message: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                author_id: string;
                preview: string;
                images: number;
                /** Format: date-time */
                created_at: string;
            } | null;
            /** @description Messages from the other party after the caller’s read marker */
            unread: number;
            /** @description The last message the other party has read */
            other_party_read_up_to: string | null;
            /** @description The last message delivered to the other party’s apps */
            other_party_delivered_up_to: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_message_at: string;
        };
        StaffConversation: {
            /** Format: uuid */
            id: string;
            listing: {
                /** Format: uuid */
                id: string;
                title: string | null;
            };
            order_id: string | null;
            buyer: {
                /** Format: uuid */
                id: string;
                display_name: string | null;
            };
            seller: {
                /** Format: uuid */
                id: string;
                display_name: string | null;
            };
            contact_attempts: number;
            flagged_at: string | null;
            flag_cleared_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_message_at: string;
        };
        Notification: {
            /** Format: uuid */
            id: string;
            type: string;
            data: {
                [key: string]: unknown;
            };
            /** @description In the reader’s language */
            title: string;
            /** @description In the reader’s language, money and dates formatted for their locale and time zone */
            body: string;
            /** @description Where it leads in the app (a path) */
            url: string;
            /** Format: date-time */
            created_at: string;
            read_at: string | null;
        };
        UnreadCount: {
            unread: number;
        };
        MarkedRead: {
            updated: number;
            unread: number;
        };
        NotificationPreferences: {
            types: {
                /** @enum {string} */
                type: "message.received" | "offer.received" | "offer.countered" | "offer.accepted" | "offer.declined" | "offer.expired" | "offer.withdrawn" | "order.paid" | "order.shipped" | "order.delivered" | "order.completed" | "order.cancelled" | "order.refunded" | "order.ship_by_reminder" | "order.confirm_by_reminder" | "dispute.response_reminder" | "dispute.evidence_reminder" | "dispute.opened" | "dispute.seller_responded" | "dispute.resolved" | "payout.sent" | "payout.failed" | "review.received" | "listing.approved" | "listing.changes_requested" | "listing.rejected" | "report.resolved" | "listing.price_dropped" | "saved_search.matched" | "auction.outbid" | "auction.won" | "auction.lost" | "auction.ended" | "auction.second_chance" | "security.new_login" | "security.password_changed" | "security.two_factor_changed" | "security.email_changed";
                /** @constant */
                in_app: true;
                realtime: boolean;
                /** @enum {string} */
                email: "off" | "immediate" | "daily";
                push: boolean;
                /** @description Security events are always mailed at once */
                email_locked: boolean;
            }[];
            quiet_hours: {
                start: string;
                end: string;
            } | null;
            time_zone: string;
        };
        VapidPublicKey: {
            /** @description applicationServerKey for PushManager.subscribe, base64url */
            public_key: string;
        };
        PushSubscription: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            created_at: string;
        };
        Review: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            order_id: string;
            /** Format: uuid */
            author_id: string;
            author_name: string;
            /** Format: uuid */
            subject_id: string;
            /** @enum {string} */
            author_role: "buyer" | "seller";
            rating: number;
            item_as_described: number | null;
            communication: number;
            shipping: number | null;
            payment: number | null;
            text: string;
            /** @enum {string} */
            status: "published" | "flagged" | "removed";
            /** Format: date-time */
            visible_at: string;
            reply: string | null;
            replied_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @description A Bayesian average over visible, unremoved reviews */
        Reputation: {
            /** Format: uuid */
            user_id: string;
            score: number;
            count: number;
            average: number | null;
            sub_ratings: {
                item_as_described: number | null;
                communication: number | null;
                shipping: number | null;
                payment: number | null;
            };
            prior: {
                mean: number;
                weight: number;
            };
        };
        /** @description A review as moderators see it, with its parties, flags and decision */
        AdminReview: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            order_id: string;
            /** Format: uuid */
            author_id: string;
            author_name: string;
            /** Format: uuid */
            subject_id: string;
            /** @enum {string} */
            author_role: "buyer" | "seller";
            rating: number;
            item_as_described: number | null;
            communication: number;
            shipping: number | null;
            payment: number | null;
            text: string;
            /** @enum {string} */
            status: "published" | "flagged" | "removed";
            /** Format: date-time */
            visible_at: string;
            reply: string | null;
            replied_at: string | null;
            /** Format: date-time */
            created_at: string;
            subject_name: string;
            listing_title: string;
            flags: string[];
            removed_reason: string | null;
            decided_by: string | null;
            decided_at: string | null;
        };
        ReviewBulkDecisionResult: {
            /** Format: uuid */
            batch_id: string;
            applied: string[];
            skipped: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                reason: "already_in_status";
            }[];
        };
        ReviewBulkUndoResult: {
            /** Format: uuid */
            batch_id: string;
            restored: string[];
            skipped: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                reason: "changed_since";
            }[];
        };
        /** @description A listing in the moderation queue, with its flags, seller, photos and seller-risk reasons */
        QueuedListing: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            seller_id: string;
            title: string;
            description: string;
            price: components["schemas"]["Money"];
            /** @enum {string} */
            category: "phones" | "computers" | "cameras" | "audio" | "gaming" | "electronics-other" | "womens-clothing" | "mens-clothing" | "shoes" | "bags" | "jewellery" | "fashion-other" | "furniture" | "kitchen" | "decor" | "garden" | "home-other" | "fiction" | "non-fiction" | "comics" | "books-other" | "bikes" | "fitness" | "outdoor" | "sports-other" | "toys-games" | "baby" | "toys-other" | "coins-stamps" | "trading-cards" | "art" | "antiques" | "collectibles-other" | "car-parts" | "motorbike-parts" | "vehicles-other" | "instruments" | "records" | "music-other" | "other";
            /** @description The category’s ancestors, root first, the category last */
            category_path: {
                slug: string;
                name: string;
            }[];
            /** @enum {string} */
            condition: "new" | "like_new" | "good" | "fair";
            attributes: {
                [key: string]: string | number;
            };
            /** @description Where the item is: a place name and a point blurred to about 1 km (never the seller’s address) */
            location: {
                place: string;
                lat: number | null;
                lng: number | null;
            } | null;
            /** @enum {string} */
            status: "draft" | "active" | "reserved" | "sold" | "withdrawn" | "removed" | "pending_review" | "changes_requested" | "rejected";
            /**
             * @description fixed: bought at its price (POST /v1/orders) or by offer; auction: sold by its auction (GET /v1/auctions/{id}), never bought directly
             * @enum {string}
             */
            sale_format: "fixed" | "auction";
            /** @description The moderator’s note when changes were requested or the listing was rejected or removed */
            moderation_note: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            flags: ("new_seller" | "prohibited_item" | "contact_details" | "price_far_below_median" | "reported" | "photo_reused" | "unsafe_image" | "seller_risk")[];
            open_reports: number;
            seller: {
                /** Format: uuid */
                id: string;
                display_name: string;
                email: string;
            };
            /** @description Its photos, cover first, each with the safety verdict and the other seller’s listing it matches (photo_reused) */
            images: components["schemas"]["ReviewImage"][];
            /** @description The seller-risk score taken when the listing was last published or edited, with its reasons in words (flag seller_risk when at or above the threshold); null when never scored */
            seller_risk: {
                score: number;
                reasons: string[];
            } | null;
        };
        ReviewImage: {
            /** Format: uuid */
            id: string;
            /** @description 0 is the cover */
            position: number;
            /** @description The upright photo’s width, in pixels */
            width: number;
            height: number;
            /** @description Smallest first */
            variants: {
                /**
                 * @description thumb: at most 200 px on its longer side; medium: 640; large: 1280 (never enlarged)
                 * @enum {string}
                 */
                size: "thumb" | "medium" | "large";
                width: number;
                height: number;
                /** @description GET it: WebP, cacheable forever */
                url: string;
            }[];
            safety: {
                /** @enum {string} */
                label: "Drawing" | "Hentai" | "Neutral" | "Porn" | "Sexy";
                score: number;
                unsafe: boolean;
            };
            /** @description Another seller’s listing showing the same photo */
            reuse: {
                /** Format: uuid */
                listing_id: string;
                /** Format: uuid */
                seller_id: string;
                /** @description Hamming distance of the 64-bit dHashes (0: the same picture) */
                distance: number;
            } | null;
        };
        ListingBulkDecisionResult: {
            /** @description null when no listing was decided */
            batch_id: string | null;
            applied: string[];
            skipped: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                reason: "not_found" | "not_moderatable";
            }[];
        };
        ListingBulkUndoResult: {
            /** Format: uuid */
            batch_id: string;
            restored: string[];
            skipped: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                reason: "changed_since";
            }[];
        };
        QueuedIdentityDocument: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "passport" | "id_card" | "driving_licence";
            /** @enum {string} */
            content_type: "application/pdf" | "image/jpeg" | "image/png";
            size_bytes: number;
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected";
            /** @description Why the document was rejected (or the reviewer’s remark on approval) */
            review_reason: string | null;
            reviewed_at: string | null;
            /** Format: date-time */
            created_at: string;
            user: {
                /** Format: uuid */
                id: string;
                email: string;
                display_name: string;
                identity_verified_at: string | null;
            };
        };
        DashboardSummary: {
            name: string;
            title: string;
            question: string;
            notes: string;
            params: components["schemas"]["DashboardParam"][];
        };
        DashboardParam: {
            name: string;
            /** @description ClickHouse type of the query parameter */
            type: string;
            description: string;
            default: string | null;
            one_of: string[] | null;
        };
        DashboardResult: {
            name: string;
            columns: {
                name: string;
                type: string;
            }[];
            rows: {
                [key: string]: unknown;
            }[];
        };
        AnalystQueryResult: {
            columns: {
                name: string;
                type: string;
            }[];
            rows: {
                [key: string]: unknown;
            }[];
            truncated: boolean;
            max_rows: number;
        };
        ModelVersion: {
            version: string;
            /** @enum {string} */
            status: "active" | "shadow" | "retired";
            file: string;
            sha256: string;
            feature_names: string[];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            evaluation: {
                [key: string]: unknown;
            } | null;
        };
        ModelFigures: {
            version: string;
            window_days: number;
            /** @description The score at which this version sends a payment to review */
            review_threshold: number;
            /** @description Orders the version scored in the window (live or in shadow) */
            scored: number;
            /** @description …labelled by a closed fraud case or a decided fraud chargeback */
            labelled: number;
            positives: number;
            /** @description Scored, not (yet) labelled */
            pending: number;
            /** @description Labelled orders scored at or above the review threshold */
            flagged: number;
            true_positives: number;
            precision: {
                value: number;
                low: number;
                high: number;
                successes: number;
                trials: number;
            } | null;
            recall: {
                value: number;
                low: number;
                high: number;
                successes: number;
                trials: number;
            } | null;
            /** @description Average precision over the labelled orders; null under 10 positives */
            pr_auc: number | null;
            /** @description A shadow against the live model on the same payments */
            psi_vs_live: {
                value: number;
                /** @enum {string} */
                reading: "stable" | "moderate" | "major";
                expected_n: number;
                actual_n: number;
            } | null;
            /** @description The last 7 days against the 28 before */
            psi_over_time: {
                value: number;
                /** @enum {string} */
                reading: "stable" | "moderate" | "major";
                expected_n: number;
                actual_n: number;
            } | null;
        };
        ModelMonitoring: {
            version: string;
            /** @enum {string} */
            status: "active" | "shadow" | "retired";
            /** Format: date-time */
            computed_at: string;
            /**
             * @description snapshot: the worker’s latest, still fresh; computed: computed for this request
             * @enum {string}
             */
            source: "snapshot" | "computed";
            figures: components["schemas"]["ModelFigures"];
            /** @description The last 7 days */
            alerts: {
                /** @enum {string} */
                kind: "drift" | "precision";
                /** Format: date-time */
                raised_at: string;
                details: {
                    [key: string]: unknown;
                };
            }[];
        };
        DeadLetter: {
            /** Format: uuid */
            id: string;
            event_type: string;
            event_version: number | null;
            aggregate_type: string;
            aggregate_id: string;
            reason: string;
            payload: unknown;
            /** Format: date-time */
            occurred_at: string;
            /** Format: date-time */
            created_at: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    display_name: string;
                    /** @enum {string} */
                    locale?: "en" | "fr";
                };
            };
        };
        responses: {
            /** @description Accepted: a message is on its way to the address */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterAccepted"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many password hashes in progress; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The password is right and a code is owed: answer the challenge within five minutes */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorChallenge"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong email or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts (`rate_limited`), or the account is locked after failed sign-ins (`account_locked`, even for the right password); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many password hashes in progress; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createConsoleSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in; the cookies are set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description The password is right and a code is owed: answer the challenge within five minutes */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorChallenge"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong email or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a staff account (not_staff), suspended, or a cross-site request (csrf_failed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts (`rate_limited`), or the account is locked after failed sign-ins (`account_locked`, even for the right password); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many password hashes in progress; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: email */
                        email: string;
                        display_name: string;
                        roles: string[];
                        /** Format: date-time */
                        created_at: string;
                        email_verified_at: string | null;
                        /** @enum {string} */
                        locale: "en" | "fr";
                        permissions: string[];
                        identity_verified_at: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; this session no longer works */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description step_up_required: prove it is you first */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description account_has_open_obligations: errors names each (open_orders, open_disputes, escrow, balance, payouts, staff_roles) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    display_name?: string;
                    /** @enum {string} */
                    locale?: "en" | "fr";
                };
            };
        };
        responses: {
            /** @description The account, as GET /v1/me shows it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: email */
                        email: string;
                        display_name: string;
                        roles: string[];
                        /** Format: date-time */
                        created_at: string;
                        email_verified_at: string | null;
                        /** @enum {string} */
                        locale: "en" | "fr";
                        permissions: string[];
                        identity_verified_at: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description The address now on the account, verified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifiedEmail"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The new address was taken by another account since the link was sent (`email_taken`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is unknown, already used or expired (`invalid_token`, field `token`): the same answer for each */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendVerificationEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new link is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "accepted";
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The address is already verified (`already_verified`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "accepted";
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Password changed; every session signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is unknown, already used or expired (`invalid_token`, field `token`): the same answer for each; or the password is refused by the policy (`weak_password`, field `password`; the token still works) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many password hashes in progress; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current_password: string;
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description Changed; this session stays, the others end */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current password is wrong (`invalid_credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The new password is refused by the policy (`weak_password`, field `new_password`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many password hashes in progress; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "accepted";
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not stepped up within STEP_UP_MINUTES (`step_up_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description That is already the account’s address (`same_email`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Most recently used first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every session signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The session’s id, from GET /v1/me/sessions */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such live session of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMySecurityEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityEventList"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestDataExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, pending */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataExport"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDataExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The export’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataExport"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such export of yours (or it expired) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadDataExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The export’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zip archive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such export of yours, not ready yet, failed or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOidcProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The providers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        providers: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startOidcSignIn: {
        parameters: {
            query?: {
                /** @description Where to send the browser back to; must be under APP_URL (default APP_URL) */
                return_to?: string;
            };
            header?: never;
            path: {
                /** @description A provider id from GET /v1/auth/oidc/providers */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider's authorization endpoint (Location) */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such provider is configured */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description return_to is not under APP_URL (`return_to_outside_app`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The provider could not be reached (`provider_unavailable`); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeOidcSignIn: {
        parameters: {
            query?: {
                /** @description The authorization code */
                code?: string;
                /** @description The state the sign-in started with */
                state?: string;
                /** @description The provider's issuer (RFC 9207) */
                iss?: string;
                /** @description Why the provider did not sign the user in */
                error?: string;
                /** @description The provider's words on the error */
                error_description?: string;
            };
            header?: never;
            path: {
                /** @description A provider id from GET /v1/auth/oidc/providers */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to the app (Location) */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The provider did not verify the email of an identity no account has linked (`provider_email_unverified`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such provider is configured */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An account already uses the email (`link_required`: sign in, then link), or, linking, the identity is linked to another account (`identity_linked_elsewhere`) or the account has another identity of this provider (`provider_already_linked`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, used or expired state, or one another browser started (`invalid_state`), the provider answered with an error (`provider_refused`), or it refused the code or its answer failed validation (`provider_response_rejected`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The provider could not be reached (`provider_unavailable`); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exchangeOidcLoginCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login_code: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The account has two-step verification: answer the challenge at POST /v1/auth/login/2fa */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorChallenge"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account is suspended (`account_suspended`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, used or expired login code (`invalid_login_code`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyOidcIdentities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Linked identities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        identities: {
                            provider: string;
                            /** @description As the provider gave it when linked */
                            email: string | null;
                            /** Format: date-time */
                            linked_at: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    linkOidcProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A provider id from GET /v1/auth/oidc/providers */
                provider: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where to send the browser back to; must be under APP_URL (default APP_URL) */
                    return_to?: string;
                };
            };
        };
        responses: {
            /** @description The provider's authorization URL for this link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        authorization_url: string;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The session has not proved its owner within STEP_UP_MINUTES (`step_up_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such provider is configured */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description return_to is not under APP_URL (`return_to_outside_app`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The provider could not be reached (`provider_unavailable`); see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmOidcLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    link_code: string;
                };
            };
        };
        responses: {
            /** @description Linked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcLinked"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The identity is linked to another account (`identity_linked_elsewhere`) or the account has another identity of this provider (`provider_already_linked`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, used or expired link code, or one another account started (`invalid_link_code`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unlinkOidcProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A provider id from GET /v1/auth/oidc/providers */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The session has not proved its owner within STEP_UP_MINUTES (`step_up_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This provider is not linked to the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account has no password and no other provider (`last_sign_in_method`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorStatus"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enrolTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret to add to an authenticator app */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolment"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The session has not proved it is you recently (`step_up_required`): POST /v1/auth/step-up first */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Two-step verification is already on (`two_factor_already_enabled`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Off */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The session has not proved it is you recently (`step_up_required`): POST /v1/auth/step-up first */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Two-step verification is not on (`two_factor_not_enabled`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong, expired or already used code (`invalid_code`); counts toward the sign-in lockout */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description On; the recovery codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing pending (`no_pending_enrolment`) or already on (`two_factor_already_enabled`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong code (`invalid_code`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    regenerateRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description The new codes, shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The session has not proved it is you recently (`step_up_required`): POST /v1/auth/step-up first */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Two-step verification is not on (`two_factor_not_enabled`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong, expired or already used code (`invalid_code`); counts toward the sign-in lockout */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    stepUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password?: string;
                    code?: string;
                    recovery_code?: string;
                };
            };
        };
        responses: {
            /** @description Stepped up */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong password (`invalid_credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Two-step verification is on: a code is needed, not the password (`second_factor_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A code was given but two-step verification is off (`two_factor_not_enabled`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong, expired or already used code (`invalid_code`); counts toward the sign-in lockout */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                    code?: string;
                    recovery_code?: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The challenge expired, was used, or had five wrong codes (`challenge_invalid`): sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong, expired or already used code (`invalid_code`); counts toward the account lockout */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts (`rate_limited`), or the account is locked after failed sign-ins (`account_locked`); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeConsoleSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                    code?: string;
                    recovery_code?: string;
                };
            };
        };
        responses: {
            /** @description Signed in; the cookies are set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The challenge expired, was used, or had five wrong codes (`challenge_invalid`): sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A cross-site request (csrf_failed) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong, expired or already used code (`invalid_code`); counts toward the account lockout */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts (`rate_limited`), or the account is locked after failed sign-ins (`account_locked`); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: {
                /** @description The language of category and attribute names (slugs and keys never change) */
                locale?: "en" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tree, two levels */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryTree"];
                };
            };
            /** @description Not modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suggestCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Ranked suggestions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorySuggestions"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchListings: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, with the same filters and sort */
                cursor?: string;
                /** @description Words to find in the title (which ranks higher) or description; stems, accents and typos forgiven */
                q?: string;
                /** @description Only listings in this category (a parent covers its children) */
                category?: "electronics" | "phones" | "computers" | "cameras" | "audio" | "gaming" | "electronics-other" | "fashion" | "womens-clothing" | "mens-clothing" | "shoes" | "bags" | "jewellery" | "fashion-other" | "home" | "furniture" | "kitchen" | "decor" | "garden" | "home-other" | "books" | "fiction" | "non-fiction" | "comics" | "books-other" | "sports" | "bikes" | "fitness" | "outdoor" | "sports-other" | "toys" | "toys-games" | "baby" | "toys-other" | "collectibles" | "coins-stamps" | "trading-cards" | "art" | "antiques" | "collectibles-other" | "vehicles" | "car-parts" | "motorbike-parts" | "vehicles-other" | "music" | "instruments" | "records" | "music-other" | "other";
                /** @description Only listings priced in this ISO 4217 currency; required with min_price, max_price and the price sorts */
                currency?: string;
                /** @description Inclusive lower bound on the price, in minor units of `currency` (which it requires) */
                min_price?: number;
                /** @description Inclusive upper bound on the price, in minor units of `currency` (which it requires) */
                max_price?: number;
                /** @description Only listings in one of these conditions (new, like_new, good, fair), comma-separated */
                condition?: string;
                /** @description Only listings whose category attributes have these values (case-insensitive), comma-separated `key:value` pairs */
                attributes?: string;
                /** @description Latitude of the point to search around (with lng and radius_km) */
                lat?: number;
                /** @description Longitude of the point to search around (with lat and radius_km) */
                lng?: number;
                /** @description Only listings within this many km of lat/lng (listings carry a point blurred to about 1 km) */
                radius_km?: number;
                /** @description Only sellers whose average review rating is at least this (sellers without reviews are left out) */
                min_rating?: number;
                /** @description true: only sellers whose identity was verified */
                verified_sellers?: "true" | "false";
                /** @description true: also count the matches per category, condition and price bucket (first page only; it reads up to SEARCH_FACET_ROW_CAP matches) */
                facets?: "true" | "false";
                /** @description relevance (the default with q; needs q: listings of the last SEARCH_RECENT_DAYS first, each tier best match first), newest (the default without q), price_asc and price_desc (need currency: minor units of two currencies do not compare), distance (needs lat, lng and radius_km) */
                sort?: "relevance" | "newest" | "price_asc" | "price_desc" | "distance";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hits in the chosen sort, with facet counts on the first page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SearchHit"][];
                        next_cursor: string | null;
                        /** @description true when nothing matched q word for word and the hits are titles with similar words (typos) */
                        fuzzy: boolean;
                        /** @description With facets=true, on the first page: counts over the matches of the same filters (null otherwise) */
                        facets: {
                            /** @description Per leaf category, most first */
                            category: {
                                slug: string;
                                count: number;
                            }[];
                            condition: {
                                /** @enum {string} */
                                value: "new" | "like_new" | "good" | "fair";
                                count: number;
                            }[];
                            /** @description Price buckets in minor units of `currency`; empty without a currency */
                            price: {
                                min: number;
                                /** @description Exclusive; null for the open top bucket */
                                max: number | null;
                                count: number;
                            }[];
                            /** @description true when more listings matched than the facets count (SEARCH_FACET_ROW_CAP): counts are then of the first ones only */
                            approximate: boolean;
                        } | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createListing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description: string;
                    price: {
                        /** @description Integer minor units of the currency (cents for EUR, yen for JPY) */
                        amount: number;
                        /** @description ISO 4217 code */
                        currency: string;
                    };
                    /** @enum {string} */
                    category: "phones" | "computers" | "cameras" | "audio" | "gaming" | "electronics-other" | "womens-clothing" | "mens-clothing" | "shoes" | "bags" | "jewellery" | "fashion-other" | "furniture" | "kitchen" | "decor" | "garden" | "home-other" | "fiction" | "non-fiction" | "comics" | "books-other" | "bikes" | "fitness" | "outdoor" | "sports-other" | "toys-games" | "baby" | "toys-other" | "coins-stamps" | "trading-cards" | "art" | "antiques" | "collectibles-other" | "car-parts" | "motorbike-parts" | "vehicles-other" | "instruments" | "records" | "music-other" | "other";
                    /** @enum {string} */
                    condition: "new" | "like_new" | "good" | "fair";
                    /** @description Category attributes (brand, size…) as GET /v1/categories defines them for the category, parents’ included */
                    attributes?: {
                        [key: string]: string | number;
                    };
                    /** @description Where the item can be seen or collected */
                    location?: {
                        /** @description A town or district, never an address */
                        place: string;
                        /** @description Latitude; stored blurred to about 1 km; requires lng */
                        lat?: number;
                        /** @description Longitude; stored blurred to about 1 km; requires lat */
                        lng?: number;
                    };
                    /** @description true keeps it as a draft: unreviewed, seen by you alone, until POST /v1/listings/{id}/publish */
                    draft?: boolean;
                };
            };
        };
        responses: {
            /** @description Listing created, `active` or `pending_review` (`draft` when asked) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account’s email address is not verified yet (`email_unverified`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description seller_onboarding_required: the payment provider has not enabled charges for the seller yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_attributes: an attribute the category does not take, a wrong value or a required one missing; location_incomplete: lat without lng */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing with its photos, cover first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingWithImages"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string;
                    price?: {
                        /** @description Integer minor units of the currency (cents for EUR, yen for JPY) */
                        amount: number;
                        /** @description ISO 4217 code */
                        currency: string;
                    };
                    /** @enum {string} */
                    category?: "phones" | "computers" | "cameras" | "audio" | "gaming" | "electronics-other" | "womens-clothing" | "mens-clothing" | "shoes" | "bags" | "jewellery" | "fashion-other" | "furniture" | "kitchen" | "decor" | "garden" | "home-other" | "fiction" | "non-fiction" | "comics" | "books-other" | "bikes" | "fitness" | "outdoor" | "sports-other" | "toys-games" | "baby" | "toys-other" | "coins-stamps" | "trading-cards" | "art" | "antiques" | "collectibles-other" | "car-parts" | "motorbike-parts" | "vehicles-other" | "instruments" | "records" | "music-other" | "other";
                    /** @enum {string} */
                    condition?: "new" | "like_new" | "good" | "fair";
                    /** @description Replaces all the attributes; checked against the (new) category */
                    attributes?: {
                        [key: string]: string | number;
                    };
                    /** @description null removes the location */
                    location?: {
                        /** @description A town or district, never an address */
                        place: string;
                        /** @description Latitude; stored blurred to about 1 km; requires lng */
                        lat?: number;
                        /** @description Longitude; stored blurred to about 1 km; requires lat */
                        lng?: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description The edited listing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description listing_not_editable: reserved, sold, rejected or removed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_attributes or location_incomplete, as on create */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing in its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description listing_transition_refused: only a draft can be published; seller_onboarding_required when payments are not set up yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing in its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description listing_transition_refused: only an active, pending_review or changes_requested listing can be withdrawn; seller_onboarding_required when payments are not set up yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    relistListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing in its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description listing_transition_refused: only a withdrawn listing can be relisted; seller_onboarding_required when payments are not set up yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markListingSold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing in its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description listing_transition_refused: only an active listing can be marked sold (a reserved one is in a buyer’s order); seller_onboarding_required when payments are not set up yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListingPriceHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing’s prices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceHistory"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyListings: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Only listings in this status */
                status?: "draft" | "active" | "reserved" | "sold" | "withdrawn" | "removed" | "pending_review" | "changes_requested" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of your listings, newest first, with their photos and how many people favourited each */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MyListing"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUserListings: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of listings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Listing"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or suspended) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addListingImages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    files: string[];
                };
            };
        };
        responses: {
            /** @description The listing’s photos now, cover first */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingImages"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description listing_not_editable: reserved, sold, rejected or removed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description file_too_large: a file over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_image (not a photo of an accepted type, unreadable, empty, truncated or too many pixels), too_many_images, too_many_files: naming `files` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reorderListingImages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Every image of the listing, once each, in the new order (the first is the cover) */
                    image_ids: string[];
                };
            };
        };
        responses: {
            /** @description The listing’s photos in their new order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingImages"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description listing_not_editable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description image_ids_mismatch: not exactly the listing’s photos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteListingImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
                /** @description The image’s id */
                imageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing of yours, or no such photo on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description listing_not_editable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The variant’s key (the SHA-256 of its bytes) */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            /** @description Not modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such image (or not one the caller may see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    favouriteListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                listing_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Favourited */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing (or one you cannot see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description own_listing: your own listing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unfavouriteListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                listing_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not (or no longer) a favourite */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyFavourites: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of favourites */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Favourite"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMySavedSearches: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of saved searches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SavedSearch"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your name for the search */
                    name?: string;
                    /** @description The parameters of GET /v1/listings (`limit` is ignored) */
                    query: {
                        /**
                         * @description Page size: at most this many items, 1 to 100
                         * @default 20
                         */
                        limit?: number;
                        /** @description Opaque cursor: the previous page’s next_cursor, with the same filters and sort */
                        cursor?: string;
                        /** @description Words to find in the title (which ranks higher) or description; stems, accents and typos forgiven */
                        q?: string;
                        /**
                         * @description Only listings in this category (a parent covers its children)
                         * @enum {string}
                         */
                        category?: "electronics" | "phones" | "computers" | "cameras" | "audio" | "gaming" | "electronics-other" | "fashion" | "womens-clothing" | "mens-clothing" | "shoes" | "bags" | "jewellery" | "fashion-other" | "home" | "furniture" | "kitchen" | "decor" | "garden" | "home-other" | "books" | "fiction" | "non-fiction" | "comics" | "books-other" | "sports" | "bikes" | "fitness" | "outdoor" | "sports-other" | "toys" | "toys-games" | "baby" | "toys-other" | "collectibles" | "coins-stamps" | "trading-cards" | "art" | "antiques" | "collectibles-other" | "vehicles" | "car-parts" | "motorbike-parts" | "vehicles-other" | "music" | "instruments" | "records" | "music-other" | "other";
                        /** @description Only listings priced in this ISO 4217 currency; required with min_price, max_price and the price sorts */
                        currency?: string;
                        /** @description Inclusive lower bound on the price, in minor units of `currency` (which it requires) */
                        min_price?: number;
                        /** @description Inclusive upper bound on the price, in minor units of `currency` (which it requires) */
                        max_price?: number;
                        /** @description Only listings in one of these conditions (new, like_new, good, fair), comma-separated */
                        condition?: string;
                        /** @description Only listings whose category attributes have these values (case-insensitive), comma-separated `key:value` pairs */
                        attributes?: string;
                        /** @description Latitude of the point to search around (with lng and radius_km) */
                        lat?: number;
                        /** @description Longitude of the point to search around (with lat and radius_km) */
                        lng?: number;
                        /** @description Only listings within this many km of lat/lng (listings carry a point blurred to about 1 km) */
                        radius_km?: number;
                        /** @description Only sellers whose average review rating is at least this (sellers without reviews are left out) */
                        min_rating?: number;
                        /**
                         * @description true: only sellers whose identity was verified
                         * @enum {string}
                         */
                        verified_sellers?: "true" | "false";
                        /**
                         * @description true: also count the matches per category, condition and price bucket (first page only; it reads up to SEARCH_FACET_ROW_CAP matches)
                         * @enum {string}
                         */
                        facets?: "true" | "false";
                        /**
                         * @description relevance (the default with q; needs q: listings of the last SEARCH_RECENT_DAYS first, each tier best match first), newest (the default without q), price_asc and price_desc (need currency: minor units of two currencies do not compare), distance (needs lat, lng and radius_km)
                         * @enum {string}
                         */
                        sort?: "relevance" | "newest" | "price_asc" | "price_desc" | "distance";
                    };
                };
            };
        };
        responses: {
            /** @description Saved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearch"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description saved_search_limit: you have the most saved searches allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSavedSearch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The saved search’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such saved search of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Orders where I am the buyer, or the seller */
                role?: "buyer" | "seller";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Order"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    listing_id: string;
                };
            };
        };
        responses: {
            /** @description Order created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account’s email address is not verified yet (`email_unverified`); or blocked: you or the seller blocked the other */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Listing not available, or sold by auction (listing_in_auction: bid on it instead) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Own listing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetail"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrderHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Transitions, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            from: string | null;
                            to: string;
                            actor: string;
                            reason: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    shipOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    carrier: string;
                    tracking_number: string;
                };
            };
        };
        responses: {
            /** @description The updated order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The other party may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the order’s current status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description tracking_number_invalid: not a number of that carrier */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmOrderDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The updated order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The other party may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the order’s current status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The updated order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The other party may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the order’s current status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The updated order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The other party may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the order’s current status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListOrders: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Only orders in this status */
                status?: "initiated" | "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "disputed" | "refunded" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdminOrder"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission orders.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAuction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The first bid’s minimum, in the listing’s currency */
                    start_price: {
                        /** @description Integer minor units of the currency (cents for EUR, yen for JPY) */
                        amount: number;
                        /** @description ISO 4217 code */
                        currency: string;
                    };
                    /** @description Below this the item is not sold; only you see it (bidders see whether it is met) */
                    reserve_price?: {
                        /** @description Integer minor units of the currency (cents for EUR, yen for JPY) */
                        amount: number;
                        /** @description ISO 4217 code */
                        currency: string;
                    };
                    duration_hours?: number;
                    /**
                     * Format: date-time
                     * @description When bidding closes (instead of duration_hours): 1 to 240 hours after the start
                     */
                    ends_at?: string;
                    /**
                     * Format: date-time
                     * @description When bidding opens; now if omitted, at most 30 days ahead
                     */
                    starts_at?: string;
                };
            };
        };
        responses: {
            /** @description The auction, as its seller sees it (with the reserve) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Auction"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description listing_not_active (a draft is published first; a reserved one is in an order) or auction_exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description currency_mismatch (not the listing’s currency) or invalid_schedule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The auction’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The auction as you see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Auction"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such auction (or its listing is hidden from you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuctionBids: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description The previous page’s next_cursor */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The auction’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bids */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Bid"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such auction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    placeBid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The auction’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The most you would pay: the platform bids for you, one increment at a time, up to it */
                    max_amount: {
                        /** @description Integer minor units of the currency (cents for EUR, yen for JPY) */
                        amount: number;
                        /** @description ISO 4217 code */
                        currency: string;
                    };
                };
            };
        };
        responses: {
            /** @description Bid accepted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auction: components["schemas"]["Auction"];
                        /** @description Whether your maximum leads (false: another bidder’s earlier or higher maximum answered it) */
                        leading: boolean;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description blocked: you or the seller blocked the other */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such auction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description auction_ended or auction_not_started */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description bid_too_low (below the minimum bid, named in the problem), own_auction or currency_mismatch */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyBids: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of auctions with your bids */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MyAuctionBids"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listListingOffers: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Only offers in this status */
                status?: "pending" | "accepted" | "declined" | "withdrawn" | "expired" | "superseded";
            };
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of offers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Offer"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    makeOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The proposed price, in the listing’s currency */
                    amount: {
                        /** @description Integer minor units of the currency (cents for EUR, yen for JPY) */
                        amount: number;
                        /** @description ISO 4217 code */
                        currency: string;
                    };
                };
            };
        };
        responses: {
            /** @description Offer made */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account’s email address is not verified yet (`email_unverified`); or blocked: you or the seller blocked the other */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description listing_unavailable, offer_already_open (one open offer per listing) or too_many_open_offers */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description own_listing, currency_mismatch, offer_too_low (below the floor) or offer_not_below_price (buy it instead) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyOffers: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Offers I made (buyer) or received on my listings (seller) */
                role?: "buyer" | "seller";
                /** @description Only offers in this status */
                status?: "pending" | "accepted" | "declined" | "withdrawn" | "expired" | "superseded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of offers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Offer"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The offer’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferDetail"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such offer (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    counterOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The offer’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The proposed price, in the listing’s currency */
                    amount: {
                        /** @description Integer minor units of the currency (cents for EUR, yen for JPY) */
                        amount: number;
                        /** @description ISO 4217 code */
                        currency: string;
                    };
                };
            };
        };
        responses: {
            /** @description The updated offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The other party may not do this (only the buyer withdraws) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such offer (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_transition (the offer is decided), not_your_turn, offer_expired or listing_unavailable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description currency_mismatch, offer_too_low, offer_not_below_price or counter_not_between (accept instead) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The offer’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accepted offer and its order (awaiting the buyer’s payment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedOffer"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Blocked: you or the other party blocked the other */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such offer (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_transition (the offer is decided), not_your_turn, offer_expired or listing_unavailable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The offer’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The updated offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The other party may not do this (only the buyer withdraws) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such offer (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_transition (the offer is decided), not_your_turn, offer_expired or listing_unavailable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The offer’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The updated offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The other party may not do this (only the buyer withdraws) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such offer (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_transition (the offer is decided), not_your_turn, offer_expired or listing_unavailable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRefundProposals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Proposals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RefundProposal"][];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proposeRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: {
                        /** @description Integer minor units of the currency (cents for EUR, yen for JPY) */
                        amount: number;
                        /** @description ISO 4217 code */
                        currency: string;
                    };
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Proposed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundProposal"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Order not refundable, or a proposal is open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Amount or currency invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptRefundProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The order’s id */
                id: string;
                /** @description The refund proposal’s id */
                proposal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundProposal"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not yours to answer (or withdraw) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order or proposal (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already decided, or the order cannot be refunded any more */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineRefundProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order’s id */
                id: string;
                /** @description The refund proposal’s id */
                proposal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundProposal"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not yours to answer (or withdraw) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order or proposal (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already decided, or the order cannot be refunded any more */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawRefundProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order’s id */
                id: string;
                /** @description The refund proposal’s id */
                proposal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundProposal"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not yours to answer (or withdraw) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order or proposal (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already decided, or the order cannot be refunded any more */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    payOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payment_method: string;
                    /** @description Where the seller sends the item (or give shipping_address_id) */
                    shipping_address?: {
                        /** @description Who receives the parcel */
                        name: string;
                        line1: string;
                        line2?: string;
                        city: string;
                        postal_code: string;
                        /** @description State, province or county, where the country uses one */
                        region?: string;
                        /** @description ISO 3166-1 alpha-2 country code */
                        country: string;
                        /** @description For the carrier, if it asks */
                        phone?: string;
                    };
                    /**
                     * Format: uuid
                     * @description One of my saved addresses (or give shipping_address)
                     */
                    shipping_address_id?: string;
                };
            };
        };
        responses: {
            /** @description Paid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payment_declined or payment_blocked */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account’s email address is not verified yet (`email_unverified`); or step_up_required: the risk score asks this buyer to verify their email before paying */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Order not awaiting payment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payment_method_invalid; shipping_address: country_invalid or postal_code_invalid; address_not_found (shipping_address_id is not one of my saved addresses) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyAddresses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address book */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SavedAddress"][];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveMyAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who receives the parcel */
                    name: string;
                    line1: string;
                    line2?: string;
                    city: string;
                    postal_code: string;
                    /** @description State, province or county, where the country uses one */
                    region?: string;
                    /** @description ISO 3166-1 alpha-2 country code */
                    country: string;
                    /** @description For the carrier, if it asks */
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description Saved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedAddress"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too_many_addresses: 10 saved already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description country_invalid or postal_code_invalid (not a postal code of that country) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMyAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The saved address’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such address (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Balances derived from ledger postings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        balances: {
                            currency: string;
                            pending: number;
                            available: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyPayouts: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payouts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Payout"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPayout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: {
                        /** @description Integer minor units of the currency (cents for EUR, yen for JPY) */
                        amount: number;
                        /** @description ISO 4217 code */
                        currency: string;
                    };
                };
            };
        };
        responses: {
            /** @description Payout created (paid, or pending at the provider) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payout"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No recent step-up on this session (`step_up_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description insufficient_funds, payouts_frozen or seller_onboarding_required */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Below the minimum */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPayoutSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    interval: "manual" | "daily" | "weekly";
                };
            };
        };
        responses: {
            /** @description The schedule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        interval: "manual" | "daily" | "weekly";
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No recent step-up on this session (`step_up_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListFraudCases: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Only cases in this status */
                status?: "open" | "closed";
                /** @description payment: opened by the payment-time score; stream: by a stream detector; seller_risk: by the seller-side score at payout */
                source?: "payment" | "stream" | "seller_risk";
                /** @description unassigned: nobody’s and not snoozed; mine: assigned to the caller; all */
                inbox?: "unassigned" | "mine" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FraudCase"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission fraud_cases.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetFraudCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The fraud case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FraudCase"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission fraud_cases.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminDecideFraudCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The fraud case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "clear" | "confirm_fraud";
                    note: string;
                    /** @enum {string} */
                    closing_label?: "stolen_card" | "account_takeover" | "friendly_fraud" | "collusion" | "false_positive" | "other";
                };
            };
        };
        responses: {
            /** @description The decided case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FraudCase"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission fraud_cases.decide; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminAssignFraudCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The fraud case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignee_id: string | null;
                };
            };
        };
        responses: {
            /** @description The updated case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FraudCase"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission fraud_cases.decide; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Case is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_assignee: may not decide fraud cases; assignee_is_party: the case’s subject or a party to its order */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminSnoozeFraudCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The fraud case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    until: string;
                };
            };
        };
        responses: {
            /** @description The updated case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FraudCase"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission fraud_cases.decide; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Case is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description until is past or more than 30 days ahead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminAddFraudCaseNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The fraud case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description The note */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FraudCaseNote"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission fraud_cases.decide; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_in_progress: a request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetFraudCaseTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The fraud case’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FraudCaseTimelineEntry"][];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission fraud_cases.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetSalesMetrics: {
        parameters: {
            query: {
                /** @description Start of the first bucket (ISO 8601 date-time) */
                from: string;
                /** @description End of the range (ISO 8601 date-time), after from */
                to: string;
                /** @description Bucket width */
                interval?: "hour" | "day";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Buckets, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesMetrics"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission metrics.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openRealtimeSocket: {
        parameters: {
            query?: {
                /** @description The last cursor received */
                cursor?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching Protocols: the WebSocket is open */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This endpoint speaks WebSocket only */
            426: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openRealtimeEventStream: {
        parameters: {
            query?: {
                /** @description The last cursor received (Last-Event-ID wins when both are sent) */
                cursor?: number;
                /** @description Comma-separated topics to watch, e.g. auction:<id> */
                topics?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless text/event-stream: id = cursor, event = type, data = JSON; comments as heartbeats; a last `close` event when the session ends */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A topic that does not exist or that you may not watch */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept does not name text/event-stream */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This process serves no real-time clients */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No profile yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setMyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    legal_name: string;
                    address: {
                        line1: string;
                        line2?: string;
                        city: string;
                        postal_code: string;
                        country: string;
                    };
                    phone: string;
                };
            };
        };
        responses: {
            /** @description The profile as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyPayoutDetails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account_holder: string;
                        /** @description masked: the last four characters only */
                        iban: string;
                        country: string;
                        /** Format: date-time */
                        updated_at: string;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No payout account yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setMyPayoutDetails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    account_holder: string;
                    iban: string;
                };
            };
        };
        responses: {
            /** @description The payout account, IBAN masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account_holder: string;
                        /** @description masked: the last four characters only */
                        iban: string;
                        country: string;
                        /** Format: date-time */
                        updated_at: string;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No recent step-up on this session (`step_up_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyIdentityDocuments: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["IdentityDocument"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitIdentityDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "passport" | "id_card" | "driving_licence";
                    /** @enum {string} */
                    content_type: "application/pdf" | "image/jpeg" | "image/png";
                    content_base64: string;
                };
            };
        };
        responses: {
            /** @description Document received (metadata only) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityDocument"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_in_progress: a request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUserProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicProfile"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or suspended) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyPublicProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description About you, at most 500 characters; null clears it */
                    bio?: string | null;
                    /** @description Your city (never an address); null clears it */
                    city?: string | null;
                    /** @description ISO 3166-1 alpha-2 country code; null clears it */
                    country?: string | null;
                };
            };
        };
        responses: {
            /** @description Your public profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicProfile"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setMyAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description The new avatar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Avatar"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 5 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not image/jpeg, image/png or image/webp */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_image: not an image of the declared type, unreadable, or too many pixels */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMyAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No avatar now */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAvatarImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The avatar’s key (from a profile’s avatar URLs) */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            /** @description Not modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such avatar */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyBlocks: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of blocked users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Block"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    blockUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The user to block
                     */
                    user_id: string;
                };
            };
        };
        responses: {
            /** @description Already blocked: the existing block */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Block"];
                };
            };
            /** @description Blocked */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Block"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description cannot_block_self */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unblockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The blocked user’s id */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unblocked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description You had not blocked this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMySellerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account_id: string;
                        charges_enabled: boolean;
                        payouts_enabled: boolean;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No account opened yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openSellerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    return_url: string;
                    /** Format: uri */
                    refresh_url?: string;
                };
            };
        };
        responses: {
            /** @description The account as the provider reports it, with a fresh onboarding link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account_id: string;
                        charges_enabled: boolean;
                        payouts_enabled: boolean;
                        onboarding_url: string;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyTransactions: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Only rows in this ISO 4217 currency, e.g. EUR */
                currency?: string;
                /** @description Only rows of this ledger transaction kind */
                kind?: "payment_captured" | "escrow_released" | "refund" | "payout" | "payout_reversed" | "payout_failed";
                /** @description Only rows of this balance: pending (escrow), available (settled), payment (your card; negative = charged) */
                balance?: "pending" | "available" | "payment";
                /** @description Inclusive lower bound on created_at */
                from?: string;
                /** @description Exclusive upper bound on created_at */
                to?: string;
                /** @description Only rows about this order */
                order_id?: string;
                /** @description csv (or Accept: text/csv) downloads the whole filtered history; limit and cursor apply to JSON pages only */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rows (JSON), or the whole filtered history as text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TransactionRow"][];
                        next_cursor: string | null;
                    };
                    "text/csv": string;
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description from is after to */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSelf"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission staff.self; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminSetUserRoles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roles: ("admin" | "moderator" | "arbitrator" | "analyst")[];
                };
            };
        };
        responses: {
            /** @description The user with their new roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUser"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission staff.manage_roles; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An admin cannot remove their own admin role */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    target_type: "listing" | "user" | "message" | "review";
                    /** Format: uuid */
                    target_id: string;
                    /** @enum {string} */
                    reason: "spam" | "prohibited_item" | "counterfeit" | "fraud" | "harassment" | "offensive" | "other";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Report queued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such target */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description report_already_open: you already reported this target */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description own_target: you cannot report yourself or your own listing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListReports: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Only reports in this status */
                status?: "open" | "actioned" | "dismissed";
                /** @description Only reports about this kind of target */
                target_type?: "listing" | "user" | "message" | "review";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["QueuedReport"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission reports.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminReportedMessageContext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The report’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message and its neighbours */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageContext"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission reports.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such report on a conversation message (or one you are a party to) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminDecideReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The report’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "action" | "dismiss";
                    /** @enum {string} */
                    action?: "remove_listing" | "request_changes" | "warn_user" | "suspend_user" | "remove_review";
                    note: string;
                };
            };
        };
        responses: {
            /** @description The decided report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecidedReport"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (only an admin may suspend an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such report (or the caller filed it, or it is on them or theirs) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description report_decided, or the action does not apply to the target now (listing_not_moderatable, already_suspended) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description action_not_for_target: the action does not fit the report’s target type */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminWarnUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The user’s moderation state and the recorded action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationState"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (only an admin may suspend an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or the caller themself) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already_suspended or not_suspended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminSuspendUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The user’s moderation state and the recorded action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationState"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (only an admin may suspend an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or the caller themself) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already_suspended or not_suspended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminReinstateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The user’s moderation state and the recorded action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationState"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (only an admin may suspend an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or the caller themself) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already_suspended or not_suspended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetUserModeration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description State and history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationHistory"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission users.moderate; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListUsers: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description A user id, or text found in the email or display name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["UserListItem"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission users.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDetail"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission users.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or the caller themself) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListUserOrders: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdminOrder"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission users.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or the caller themself) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListUserFraudCases: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FraudCase"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission fraud_cases.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or the caller themself) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListUserReports: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["UserReport"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission reports.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or the caller themself) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListUserSellerRisk: {
        parameters: {
            query?: {
                /** @description How many scores, newest first */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest scores */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SellerRiskScore"][];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission fraud_cases.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or the caller themself) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListAuditEntries: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Only entries about this kind of entity, e.g. order, user, fraud_case */
                entity_type?: string;
                /** @description Only entries about this entity */
                entity_id?: string;
                /** @description Only entries by this user or staff member */
                actor_id?: string;
                /** @description Only entries of this action, e.g. fraud_case.decided */
                action?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries, without those about an entity the caller is a party to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEntry"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission audit.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetEntityTimeline: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The kind of entity */
                entityType: "user" | "order" | "fraud_case" | "report" | "dispute" | "listing" | "review";
                /** @description The entity’s id */
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEntry"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description May not read this kind of entity */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such entity, or the caller is a party to it (the same answer) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openDispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    reason: "not_received" | "not_as_described" | "damaged" | "counterfeit" | "other";
                    description: string;
                };
            };
        };
        responses: {
            /** @description The disputed order and its dispute */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        listing_id: string;
                        /** Format: uuid */
                        buyer_id: string;
                        /** Format: uuid */
                        seller_id: string;
                        amount: components["schemas"]["Money"];
                        fee: components["schemas"]["Money"];
                        refunded: components["schemas"]["Money"];
                        /** @enum {string} */
                        status: "initiated" | "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "disputed" | "refunded" | "cancelled";
                        carrier: string | null;
                        tracking_number: string | null;
                        /** @description The carrier’s tracking page, for carriers we know */
                        tracking_url: string | null;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        dispute: components["schemas"]["Dispute"];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only the buyer may open a dispute */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_transition or dispute_window_closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dispute’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dispute */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyDispute"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such dispute of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDisputeMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dispute’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Message"][];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such dispute of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDisputeMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The dispute’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description The message */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such dispute of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description dispute_resolved or evidence_closed: the evidence deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDisputeEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The dispute’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    kind: "text";
                    text: string;
                } | {
                    /** @constant */
                    kind: "file";
                    filename: string;
                    /** @enum {string} */
                    content_type: "application/pdf" | "image/jpeg" | "image/png";
                    content_base64: string;
                };
            };
        };
        responses: {
            /** @description The evidence (metadata only) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evidence"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such dispute of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description dispute_resolved or evidence_closed: the evidence deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDisputeEvidenceContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dispute’s id */
                id: string;
                /** @description The evidence item’s id */
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such evidence file visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListDisputes: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Only disputes in this status */
                status?: "awaiting_seller" | "under_review" | "resolved";
                /** @description me: assigned to the caller; unassigned; all */
                assigned?: "me" | "unassigned" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of disputes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["StaffDispute"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission disputes.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetDispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dispute’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dispute and its evidence pack */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDisputeDetail"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission disputes.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such dispute */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminAssignDispute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The dispute’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    arbitrator_id: string;
                };
            };
        };
        responses: {
            /** @description The assigned dispute */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDispute"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission disputes.resolve; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such dispute */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already resolved */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description arbitrator_not_eligible */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminResolveDispute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The dispute’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    resolution: "refund" | "release" | "split";
                    refund_amount?: {
                        amount: number;
                        currency: string;
                    };
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The resolved dispute */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dispute"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only the assigned arbitrator or an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such dispute (or the caller is a party to it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description dispute_resolved, order_not_disputed or chargeback_open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_split or currency_mismatch */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrderMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ConversationMessage"][];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrderMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description The message (with warnings when it seems to share contact details or ask for an off-platform payment) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationMessage"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description blocked: one of the parties blocked the other */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_in_progress: a request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    writeAboutListing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    body?: string;
                    /**
                     * @description Images uploaded to this conversation (POST /v1/conversations/{id}/images) and not yet sent
                     * @default []
                     */
                    image_ids?: string[];
                };
            };
        };
        responses: {
            /** @description The message, delivered; `warnings` tell its author when it seems to share contact details or ask for an off-platform payment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationMessage"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description blocked: one of you blocked the other */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing (or not one you can see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_in_progress: a request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description own_listing (naming `listing_id`); image_not_yours */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyConversations: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conversations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Conversation"][];
                        next_cursor: string | null;
                        /** @description Unread messages across all the caller’s conversations */
                        total_unread: number;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countUnreadMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The count */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total_unread: number;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such conversation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConversationMessages: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description The previous page’s next_cursor: older messages than those already shown */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first */
                        data: components["schemas"]["ConversationMessage"][];
                        /** @description Pass as cursor for older messages; null at the start of the thread */
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such conversation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    body?: string;
                    /**
                     * @description Images uploaded to this conversation (POST /v1/conversations/{id}/images) and not yet sent
                     * @default []
                     */
                    image_ids?: string[];
                };
            };
        };
        responses: {
            /** @description The message, delivered; `warnings` tell its author when it seems to share contact details or ask for an off-platform payment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationMessage"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description blocked: one of you blocked the other */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such conversation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_in_progress: a request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description image_not_yours (naming `image_ids`): an image not uploaded by you to this conversation, or already sent */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markConversationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    up_to_message_id: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such conversation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unknown_message: not a message of this conversation */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadConversationImages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    files: string[];
                };
            };
        };
        responses: {
            /** @description The uploaded images, not sent yet */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MessageImage"][];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description blocked */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such conversation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description file_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not multipart/form-data */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid_image or unsafe_image, naming `files` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListFlaggedConversations: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Only flagged conversations are listed (the one value) */
                flagged?: "true";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of flagged conversations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["StaffConversation"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission reports.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        listing: {
                            /** Format: uuid */
                            id: string;
                            title: string | null;
                        };
                        order_id: string | null;
                        buyer: {
                            /** Format: uuid */
                            id: string;
                            display_name: string | null;
                        };
                        seller: {
                            /** Format: uuid */
                            id: string;
                            display_name: string | null;
                        };
                        contact_attempts: number;
                        flagged_at: string | null;
                        flag_cleared_at: string | null;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        last_message_at: string;
                        messages: components["schemas"]["StaffConversationMessage"][];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission reports.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such flagged conversation (or one you are a party to) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminClearConversationFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffConversation"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission reports.decide; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such flagged conversation (or one you are a party to) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_flagged */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyNotifications: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description true: only unread notifications */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Notification"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countMyUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The count */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markMyNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                } | {
                    /** @constant */
                    all: true;
                };
            };
        };
        responses: {
            /** @description How many changed, and how many stay unread */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedRead"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every type with its channels */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Changes per type; types not named keep their setting */
                    types?: {
                        /** @enum {string} */
                        type: "message.received" | "offer.received" | "offer.countered" | "offer.accepted" | "offer.declined" | "offer.expired" | "offer.withdrawn" | "order.paid" | "order.shipped" | "order.delivered" | "order.completed" | "order.cancelled" | "order.refunded" | "order.ship_by_reminder" | "order.confirm_by_reminder" | "dispute.response_reminder" | "dispute.evidence_reminder" | "dispute.opened" | "dispute.seller_responded" | "dispute.resolved" | "payout.sent" | "payout.failed" | "review.received" | "listing.approved" | "listing.changes_requested" | "listing.rejected" | "report.resolved" | "listing.price_dropped" | "saved_search.matched" | "auction.outbid" | "auction.won" | "auction.lost" | "auction.ended" | "auction.second_chance" | "security.new_login" | "security.password_changed" | "security.two_factor_changed" | "security.email_changed";
                        realtime?: boolean;
                        /** @enum {string} */
                        email?: "off" | "immediate" | "daily";
                        push?: boolean;
                    }[];
                    quiet_hours?: {
                        start: string;
                        end: string;
                    } | null;
                    /** @description An IANA time zone name */
                    time_zone?: string;
                };
            };
        };
        responses: {
            /** @description The preferences now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bad time zone or time, or security mail turned off (`locked_preference`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVapidPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VAPID public key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapidPublicKey"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMyPushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uri
                     * @description The push service URL from PushSubscription.endpoint (https)
                     */
                    endpoint: string;
                    keys: {
                        p256dh: string;
                        auth: string;
                    };
                };
            };
        };
        responses: {
            /** @description Already registered; keys updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscription"];
                };
            };
            /** @description Registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscription"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not https, or keys of the wrong length */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMyPushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription’s id, from POST /v1/me/push-subscriptions */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrderReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reviews */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Review"][];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The order’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rating: number;
                    item_as_described?: number;
                    communication: number;
                    shipping?: number;
                    payment?: number;
                    text: string;
                };
            };
        };
        responses: {
            /** @description The review (status `flagged` when held for moderation) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description blocked: one of the parties blocked the other */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such order of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description order_not_completed, review_window_closed or already_reviewed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description sub_rating_required or sub_rating_not_applicable for the author’s side */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replyToReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The review’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description The review with its reply */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such review about you (or not visible yet) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already_replied */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description reply_not_allowed: contact details, links or profanity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUserReviews: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reviews */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Review"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or a deleted account) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUserReputation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reputation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reputation"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user (or a deleted account) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListReviews: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Reviews in this status */
                status?: "published" | "flagged" | "removed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reviews with their flags and parties */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdminReview"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission reviews.moderate; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminDecideReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The review’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "publish" | "remove";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The decided review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminReview"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission reviews.moderate; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such review (or it is by or about the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already in that status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminBulkDecideReviews: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                    /** @enum {string} */
                    decision: "publish" | "remove";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The batch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewBulkDecisionResult"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission reviews.moderate; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_in_progress: a request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unknown_reviews: some ids name no review (or one by or about the caller) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminUndoReviewBulkDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The batch_id a bulk decision returned */
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Restored and skipped reviews */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewBulkUndoResult"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission reviews.moderate; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such batch */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description batch_already_undone */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListUserReviews: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reviews */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdminReview"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission reviews.moderate; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListListings: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Listings in this status */
                status?: "pending_review" | "changes_requested" | "rejected" | "active";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of listings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["QueuedListing"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission listings.moderate; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedListing"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission listings.moderate; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing (or the caller’s own) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminDecideListing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The listing’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "request_changes" | "reject";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The listing after the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission listings.moderate; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing (or the caller’s own) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description listing_not_moderatable: the decision does not apply in the listing’s status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminBulkDecideListings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                    /** @enum {string} */
                    decision: "approve" | "request_changes" | "reject";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The batch: listings decided and listings skipped */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingBulkDecisionResult"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission listings.moderate; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_in_progress: a request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminUndoListingBulkDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The batch_id a bulk decision returned */
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Listings restored and listings skipped because they changed since */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingBulkUndoResult"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission listings.moderate; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such batch */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description batch_already_undone */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListIdentityDocuments: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
                /** @description Documents in this review status */
                status?: "submitted" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents with their users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["QueuedIdentityDocument"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission identity.review; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetIdentityDocumentContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identity document’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document, base64 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        content_type: "application/pdf" | "image/jpeg" | "image/png";
                        content_base64: string;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission identity.review; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such document */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminDecideIdentityDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The identity document’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The reviewed document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityDocument"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission identity.review; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such document */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description document_reviewed: already approved or rejected */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused: the Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListDashboards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dashboards, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DashboardSummary"][];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission dashboards.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminRunDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dashboard’s name, as GET /v1/admin/dashboards lists it */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Columns with their ClickHouse types, and the rows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardResult"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission dashboards.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such dashboard */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter is unknown, missing or malformed (named in `errors`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminRunAnalystQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sql: string;
                };
            };
        };
        responses: {
            /** @description Columns with their ClickHouse types and the rows; `truncated` when more rows matched than the limit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalystQueryResult"];
                };
            };
            /** @description Empty, over-long, or not well-formed text: a lone surrogate or a NUL character (`validation_failed`, naming `sql`); audited like any refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a single SELECT, or a setting, table or function outside the allowlists (`select_only`, `settings_not_allowed`, `table_not_allowed`, `function_not_allowed`, `read_only`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ClickHouse could not run it: `syntax_error`, `query_timeout`, `memory_limit`, `query_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The analyst already has the most queries running and waiting (`too_many_queries`); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No slot came free in time (`queue_timeout`, with Retry-After), or the SQL page is disabled by configuration (`sql_disabled`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every registered version, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ModelVersion"][];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission models.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminPromoteModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model version’s name, e.g. fraud-gbt-v2 */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /**
                     * @default shadow
                     * @enum {string}
                     */
                    demote_to?: "shadow" | "retired";
                    /** @default false */
                    override_evaluation?: boolean;
                };
            };
        };
        responses: {
            /** @description The change, applied in this process before answering; other processes follow within seconds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: string;
                        previous: {
                            version: string;
                            /** @enum {string} */
                            status: "shadow" | "retired";
                        } | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission models.manage; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such model version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the current status, a concurrent change, the model file cannot be loaded, or (promote) model_not_promotable: its evaluation does not hold on both sets */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminRollbackModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /**
                     * @default retired
                     * @enum {string}
                     */
                    demote_to?: "shadow" | "retired";
                };
            };
        };
        responses: {
            /** @description The change, applied in this process before answering; other processes follow within seconds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: string;
                        previous: {
                            version: string;
                            /** @enum {string} */
                            status: "shadow" | "retired";
                        } | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission models.manage; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such model version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No earlier live model, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminShadowModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model version’s name, e.g. fraud-gbt-v2 */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The version is in shadow */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: string;
                        /** @enum {string} */
                        status: "active" | "shadow" | "retired";
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission models.manage; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such model version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the current status, a concurrent change, the model file cannot be loaded, or (promote) model_not_promotable: its evaluation does not hold on both sets */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminRetireModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model version’s name, e.g. fraud-gbt-v2 */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The version is retired */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: string;
                        /** @enum {string} */
                        status: "active" | "shadow" | "retired";
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission models.manage; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such model version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the current status, a concurrent change, the model file cannot be loaded, or (promote) model_not_promotable: its evaluation does not hold on both sets */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1mb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminModelMonitoringHistory: {
        parameters: {
            query?: {
                /** @description Only this version’s snapshots */
                version?: string;
                /** @description How far back */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Snapshots, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Oldest first */
                        data: {
                            /** Format: date-time */
                            computed_at: string;
                            figures: components["schemas"]["ModelFigures"];
                        }[];
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission models.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminModelMonitoring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model version’s name, e.g. fraud-gbt-v2 */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelMonitoring"];
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission models.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such model version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListDeadLetters: {
        parameters: {
            query?: {
                /** @description Page size: at most this many items, 1 to 100 */
                limit?: number;
                /** @description Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page) */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of dead letters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeadLetter"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid input: the problem’s errors[] names each refused field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission events.read; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands) */
            429: {
                headers: {
                    /** @description Seconds until the request may be retried */
                    "Retry-After"?: number;
                    /** @description Requests the tightest budget allows per window */
                    "RateLimit-Limit"?: number;
                    /** @description Requests left in it */
                    "RateLimit-Remaining"?: number;
                    /** @description Seconds until it refills */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveStripeWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description Stripe’s signature over the raw body and a timestamp (t=…,v1=…) */
                "Stripe-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Processed, or a duplicate of a processed event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid signature, or a stale timestamp */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
