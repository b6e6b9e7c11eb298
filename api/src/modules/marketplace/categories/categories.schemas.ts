import { z } from 'zod';
import { CATEGORY_LOCALES } from './category-tree.response';

export const CategoriesQuery = z.strictObject({
  locale: z
    .enum(CATEGORY_LOCALES, { error: `must be one of ${CATEGORY_LOCALES.join(', ')}` })
    .default('en')
    .describe('The language of category and attribute names (slugs and keys never change)'),
});

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

export const SuggestCategoriesBody = z
  .strictObject({
    title: z.string().trim().min(3, 'must be at least 3 characters').max(120, 'must be at most 120 characters'),
    description: z.string().trim().max(5000, 'must be at most 5000 characters').optional(),
  })
  .meta({ examples: [{ title: 'Canon EOS 5D camera body' }] });

export const CategorySuggestionsResponse = z
  .object({
    model: z.string().describe('The model version that ranked them'),
    data: z
      .array(
        z.object({
          slug: z.string(),
          name: z.string(),
          path: z.array(z.object({ slug: z.string(), name: z.string() })).describe('Root first, the category last'),
          score: z.number().min(0).max(1).describe('The model’s probability for this category'),
        }),
      )
      .describe('The three likeliest leaf categories, best first'),
  })
  .meta({
    id: 'CategorySuggestions',
    examples: [
      {
        model: 'category-nb-v1',
        data: [
          {
            slug: 'cameras',
            name: 'Cameras',
            path: [
              { slug: 'electronics', name: 'Electronics' },
              { slug: 'cameras', name: 'Cameras' },
            ],
            score: 0.98,
          },
        ],
      },
    ],
  });
