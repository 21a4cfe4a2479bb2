/**
 * A learner's machine as Praxis knows it: the upload pipeline (the inventory page's file or paste form, and the
 * agent's {@code POST /api/v1/inventory} with an upload token), the inventory page with its history and comparison
 * ({@code /inventory}), the settings page where learners make and revoke upload tokens ({@code /settings}), and the
 * agent jar download.
 *
 * <h2>Pure core and Spring shell</h2>
 * Parsing and diagnosis are the pure {@link dev.praxis.inventory.core} that the agent shares.
 * {@link dev.praxis.inventory.InventoryService} stores the raw bytes first, in their own transaction, then parses them
 * and records the normalized inventory or the precise reason it could not be read. The API answers errors as
 * problem details; pages as friendly views.
 *
 * <h2>Owns</h2>
 * Tables {@code inventory_upload} (raw bytes, normalized JSON or error) and {@code upload_token} (SHA-256 hashes
 * only); templates {@code inventory/}. Publishes each upload's outcome, without its bytes, as the read model
 * {@code upload_status_view} (migration {@code V27_5}).
 *
 * <h2>Used by other features</h2>
 * {@link dev.praxis.inventory.InventoryService} and {@link dev.praxis.inventory.InventoryUpload} (the lab checks its
 * checklist against the learner's chosen upload); {@link dev.praxis.inventory.InventoryFormat} in templates.
 *
 * <h2>Depends on</h2>
 * {@code inventory.core}, {@code account} (the signed-in user) and {@code system}.
 */
package dev.praxis.inventory;
