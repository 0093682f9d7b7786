module PagesHelper
end
