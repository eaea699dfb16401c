// "Sign in with RVW Tech": the ID-token claims of the other realm's Hydra
// (as its Vestibule consent page set them) mapped to this realm's traits.
// A claim the person did not grant is left out, and Kratos then asks for
// the missing trait on its registration page.
local claims = std.extVar('claims');
{
  identity: {
    traits: {
      [if 'email' in claims then 'email' else null]: claims.email,
      [if 'given_name' in claims || 'family_name' in claims then 'name' else null]: {
        [if 'given_name' in claims then 'first' else null]: claims.given_name,
        [if 'family_name' in claims then 'last' else null]: claims.family_name,
      },
    },
  },
}
