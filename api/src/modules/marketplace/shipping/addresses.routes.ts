import { route } from '../../../http/route';
import { AddressIdParams, SavedAddressResponse, SavedAddressesResponse, ShippingAddressBody } from './addresses.schemas';
import { listSavedAddresses, toSavedAddressResponse } from './saved-addresses.repository';
import { MAX_SAVED_ADDRESSES, removeAddress, saveAddress } from './saved-addresses.service';

export const addressesRoutes = [
  route({
    method: 'get',
    path: '/v1/me/addresses',
    operationId: 'listMyAddresses',
    tag: 'shipping',
    access: 'user',
    summary: `My saved shipping addresses, oldest first (at most ${MAX_SAVED_ADDRESSES})`,
    responses: { 200: { description: 'The address book', schema: SavedAddressesResponse } },
    handler: async ({ ctx, user }) => ({ status: 200, body: { data: (await listSavedAddresses(ctx.db, ctx.keyring, user.id)).map(toSavedAddressResponse) } }),
  }),
  route({
    method: 'post',
    path: '/v1/me/addresses',
    operationId: 'saveMyAddress',
    tag: 'shipping',
    access: 'user',
    summary: 'Save a shipping address to pick at payment (stored encrypted)',
    body: ShippingAddressBody,
    responses: {
      201: { description: 'Saved', schema: SavedAddressResponse },
      409: { description: `too_many_addresses: ${MAX_SAVED_ADDRESSES} saved already` },
      422: { description: 'country_invalid or postal_code_invalid (not a postal code of that country)' },
    },
    handler: async ({ ctx, user, body }) => ({ status: 201, body: toSavedAddressResponse(await saveAddress(ctx, user.id, body)) }),
  }),
  route({
    method: 'delete',
    path: '/v1/me/addresses/:id',
    operationId: 'deleteMyAddress',
    tag: 'shipping',
    access: 'user',
    summary: 'Delete a saved address (orders keep the copy they were paid with)',
    params: AddressIdParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such address (or not yours)' } },
    handler: async ({ ctx, user, params }) => {
      await removeAddress(ctx, user.id, params.id);
      return { status: 204 };
    },
  }),
];
