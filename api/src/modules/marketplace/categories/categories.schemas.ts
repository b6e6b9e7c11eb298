import { z } from 'zod';

const common = { key: z.string(), name: z.string(), required: z.boolean() };
const AttributeDefResponse = z
  .discriminatedUnion('type', [
    z.object({ ...common, type: z.literal('enum'), values: z.array(z.string()) }),
    z.object({ ...common, type: z.literal('text'), max_length: z.int() }),
    z.object({ ...common, type: z.literal('number'), min: z.number(), max: z.number(), integer: z.boolean() }),
  ])
  .meta({ id: 'CategoryAttribute' });

const CategoryLeafResponse = z
  .object({
    slug: z.string(),
    name: z.string(),
    attributes: z.array(AttributeDefResponse).describe('Every attribute a listing here takes, its parent’s included'),
  })
  .meta({ id: 'CategoryLeaf' });

export const CategoryTreeResponse = z
  .object({
    data: z.array(
      CategoryLeafResponse.extend({ children: z.array(CategoryLeafResponse).describe('Its leaves; empty when the category is a leaf itself') }).meta({ id: 'Category' }),
    ),
  })
  .meta({
    id: 'CategoryTree',
    examples: [
      {
        data: [
          {
            slug: 'music',
            name: 'Music',
            attributes: [{ key: 'brand', name: 'Brand or label', required: false, type: 'text', max_length: 80 }],
            children: [
              {
                slug: 'records',
                name: 'Vinyl & CDs',
                attributes: [
                  { key: 'brand', name: 'Brand or label', required: false, type: 'text', max_length: 80 },
                  { key: 'format', name: 'Format', required: true, type: 'enum', values: ['LP', 'EP', 'single', 'CD', 'cassette'] },
                ],
              },
            ],
          },
        ],
      },
    ],
  });
