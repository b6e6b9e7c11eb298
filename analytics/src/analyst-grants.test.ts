import { excessGrants } from './analyst-grants';

describe('excessGrants', () => {
  it('accepts SELECT on the analytics database (all tables, one table, some columns) and revokes', () => {
    expect(
      excessGrants(
        [
          'GRANT SELECT ON agora.* TO agora_analyst',
          'GRANT SELECT ON agora.events TO agora_analyst',
          'GRANT SELECT(event_id, event_type) ON agora.events TO `agora_analyst`',
          'REVOKE SELECT ON agora.secrets FROM agora_analyst',
        ],
        'agora_analyst',
        'agora',
      ),
    ).toEqual([]);
  });

  it('reports every other grant: other databases, all databases, other privileges, roles, grant option', () => {
    const lines = [
      'GRANT SELECT ON system.* TO agora_analyst',
      'GRANT SELECT ON *.* TO agora_analyst',
      'GRANT SELECT ON agora_other.* TO agora_analyst',
      'GRANT SELECT, INSERT ON agora.* TO agora_analyst',
      'GRANT FILE, URL, S3, REMOTE ON *.* TO agora_analyst',
      'GRANT SOURCES ON *.* TO agora_analyst',
      'GRANT KILL QUERY ON *.* TO agora_analyst',
      'GRANT BACKUP ON agora.* TO agora_analyst',
      'GRANT SYSTEM ON *.* TO agora_analyst',
      'GRANT SELECT ON agora.* TO agora_analyst WITH GRANT OPTION',
      'GRANT admin TO agora_analyst',
      'GRANT SELECT ON agora.* TO someone_else',
    ];
    expect(excessGrants(lines, 'agora_analyst', 'agora')).toEqual(lines);
  });
});
