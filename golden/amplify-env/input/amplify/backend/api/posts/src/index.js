// GET /posts scans the table named by STORAGE_POSTS_NAME.
